package se.samverkanskartan.audit;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed audit entries their place in the trail, {@code seq}: 1, 2, 3, … without gaps, in commit order.
 * <p>
 * A change writes its entry as {@code :AuditPending}, without a place, so that writers of different facts share no
 * lock (a counter taken in every write held each writer until the one before had committed). Once an entry has
 * committed, this places it: one transaction takes the counter's lock, reads every pending entry committed by then,
 * numbers them on from the counter (oldest {@code at} first) and moves the counter on. Each such transaction starts
 * after the one before has committed and continues its count, and only committed entries get a number, so a
 * number, once readable, is never followed by a smaller one: a follower asking for "everything after the last
 * {@code seq} I saw" misses nothing. Within one placing transaction a reader may briefly see some of its entries
 * before the others (Neo4j reads committed data without locks); the numbers have no gaps, so a follower stops at
 * the first missing one and asks again ({@link AuditReader#placedAfter}). Changes to one fact wait for each other
 * on the fact's lock, so their entries are placed in the order they were made. Entries written before the order
 * came from here were numbered by the same counter, inside their transactions; they keep their numbers.
 * <p>
 * One thread does the placing, woken after each commit; a change committing meanwhile is placed in the next round,
 * so under load one placing transaction serves many writes. Until placed (moments after the commit) an entry reads
 * as newer than every placed one. Entries left pending by a stop are placed at the next start, and by the sweep.
 */
@Component
class AuditSequencer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditSequencer.class);

	/** Placed per transaction at most, so that a long backlog does not make one huge transaction. */
	static final int BATCH = 1000;

	/** How often pending entries are looked for without a commit having woken the placing. */
	private static final Duration SWEEP = Duration.ofSeconds(30);

	/** The counter's lock: taken first, by its own statement, so that the pending entries are read after it. */
	private static final String LOCK = """
			MERGE (s:AuditSequence {id: 'audit'}) ON CREATE SET s.value = 0
			SET s.value = s.value""";

	private static final String PLACE = """
			MATCH (s:AuditSequence {id: 'audit'})
			MATCH (e:AuditPending)
			WITH s, e ORDER BY e.at, e.id LIMIT $batch
			WITH s, s.value AS last, collect(e) AS entries
			UNWIND range(1, size(entries)) AS i
			WITH s, last, entries[i - 1] AS e, i
			SET e.seq = last + i
			REMOVE e:AuditPending
			WITH s, last, count(e) AS placed
			SET s.value = last + placed
			RETURN placed""";

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final Semaphore wake = new Semaphore(0);

	/** Held by a placing round until it has committed; see {@link #placePending()}. */
	private final ReentrantLock placing = new ReentrantLock();

	private volatile boolean running;

	private volatile @Nullable Thread thread;

	private final ApplicationEventPublisher events;

	AuditSequencer(Neo4jClient client, PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
		this.client = client;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(AuditEntry entry) {
		if (this.wake.availablePermits() == 0) {
			this.wake.release();
		}
	}

	/**
	 * Places every entry committed so far, now, in the caller's thread, for a reader that needs all placed, and for
	 * the sweep: the sequence's lock is taken only when an entry waits for its place,
	 * so reading the trail does not queue behind writers when the sequencer is up to date.
	 */
	void placePending() {
		// After a placing round of this process has committed, not while it commits: a reader could otherwise see an
		// entry no longer pending and its place not yet, and leave it out.
		this.placing.lock();
		try {
			if (this.client.query("RETURN EXISTS { MATCH (:AuditPending) } AS pending").fetchAs(Boolean.class).one()
				.orElse(false)) {
				placeAll();
			}
		}
		finally {
			this.placing.unlock();
		}
	}

	void placeAll() {
		while (placeBatch() == BATCH) {
			// A backlog longer than one batch: go on.
		}
	}

	private int placeBatch() {
		int placed;
		this.placing.lock();
		try {
			Integer count = this.transactions.execute(status -> {
				this.client.query(LOCK).run();
				return this.client.query(PLACE).bind(BATCH).to("batch").fetchAs(Integer.class).one().orElse(0);
			});
			placed = count == null ? 0 : count;
		}
		finally {
			this.placing.unlock();
		}
		this.events.publishEvent(new EntriesPlaced(placed));
		return placed;
	}

	private void run() {
		Duration backOff = Duration.ofMillis(100);
		while (this.running) {
			try {
				if (this.wake.tryAcquire(SWEEP.toMillis(), TimeUnit.MILLISECONDS)) {
					this.wake.drainPermits();
					placeAll();
				}
				else {
					// The sweep writes only when an entry waits: an idle instance commits nothing, so what is kept of
					// the graph (the API's answers) stays valid.
					placePending();
				}
				backOff = Duration.ofMillis(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// The entries stay pending, in order; the next round places them.
				log.warn("Could not place audit entries in the trail's order, trying again in {}: {}", backOff, ex.toString());
				try {
					Thread.sleep(backOff);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				backOff = backOff.multipliedBy(2).compareTo(SWEEP) > 0 ? SWEEP : backOff.multipliedBy(2);
				this.wake.release();
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		// The first round waits for a commit or the sweep: a start that is refused (an old server) writes nothing.
		this.thread = Thread.ofPlatform().name("audit-sequencer").daemon().start(this::run);
	}

	@Override
	public void stop() {
		this.running = false;
		this.wake.release();
		Thread placing = this.thread;
		try {
			if (placing != null) {
				placing.join(Duration.ofSeconds(10));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Started before the web server and stopped after it, so that the last requests' entries are placed too. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 8192;
	}

}
