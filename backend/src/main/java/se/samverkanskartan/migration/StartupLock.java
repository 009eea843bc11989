package se.samverkanskartan.migration;

import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkanskartan.store.ServerVersion;

/**
 * Lets one application instance at a time bring the graph up to date at start-up (migrations, the data files), when
 * several start at once on one Neo4j server: without it two could both find a migration not yet applied, apply it
 * and record it twice, or load the data files side by side. The lock is a node's write lock, held by a transaction
 * of its own while the work runs in others (schema changes cannot share a transaction with data); the next instance
 * waits for it and then finds everything done. A node's lock ends with its transaction, so an instance that dies
 * mid-way leaves nothing held. The lock's node has a name, not an id, so backups and exports leave it out.
 */
public class StartupLock {

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	/** Without it, two instances taking the lock for the first time could each create a node of their own. */
	private static final String CONSTRAINT = """
			CREATE CONSTRAINT startup_lock_name IF NOT EXISTS FOR (l:StartupLock) REQUIRE l.name IS UNIQUE""";

	private static final String TAKE = """
			MERGE (l:StartupLock {name: 'graph'})
			SET l.holder = $holder, l.since = datetime()""";

	private final Driver driver;

	private final String holder = "instance-" + UUID.randomUUID();

	public StartupLock(Driver driver) {
		this.driver = driver;
	}

	/** Runs the work while no other instance runs its own. */
	public void during(Runnable work) {
		// An older server is refused before anything is written, the lock's constraint included.
		ServerVersion.check(this.driver);
		createConstraint();
		try (Session session = this.driver.session(); Transaction lock = session.beginTransaction()) {
			long waiting = System.nanoTime();
			lock.run(TAKE, Map.of("holder", this.holder)).consume();
			long waited = (System.nanoTime() - waiting) / 1_000_000;
			if (waited > 3000) {
				log.info("Waited {} ms for the start-up lock: another instance was bringing the graph up to date", waited);
			}
			work.run();
			commit(lock);
		}
	}

	/** Two instances creating it at once: one of them may be told that it exists; then it does. */
	private void createConstraint() {
		for (int attempt = 1;; attempt++) {
			try (Session session = this.driver.session()) {
				session.run(CONSTRAINT).consume();
				return;
			}
			catch (Neo4jException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	/**
	 * The work is done whatever becomes of the lock: a server that ends long transactions
	 * ({@code db.transaction.timeout}) may have ended this one, and the start must not fail for it.
	 */
	private static void commit(Transaction lock) {
		try {
			lock.commit();
		}
		catch (Neo4jException ex) {
			log.warn("The start-up lock ended before the work it guarded ({}); another instance may have started its "
					+ "own meanwhile", ex.getMessage());
		}
	}

}
