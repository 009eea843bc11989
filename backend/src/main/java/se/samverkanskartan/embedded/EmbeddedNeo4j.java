package se.samverkanskartan.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Neo4j engine, started in this process with its Bolt connector on loopback only.
 * The application talks to it through the ordinary driver, exactly as it would to a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final DataDirectory directory;

	private final Duration shutdownTimeout;

	private final Thread stopping;

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, DataDirectory directory,
			Duration shutdownTimeout) {
		this.service = service;
		this.boltUri = boltUri;
		this.directory = directory;
		this.shutdownTimeout = shutdownTimeout;
		this.stopping = Thread.ofPlatform().name("neo4j-shutdown").daemon().unstarted(service::shutdown);
	}

	/**
	 * Starts the engine on the configured directory, after checking that the directory can be written and has the
	 * reserve free; a store another process holds is reported as such, in one line.
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		DataDirectory directory = new DataDirectory(properties.directory(), properties.minFreeSpace());
		directory.checkBeforeStart();
		Path home = directory.path();
		long started = System.nanoTime();
		Map<Setting<?>, Object> settings = Map.of(
				BoltConnector.enabled, true,
				// Port 0 lets the operating system choose a free port: no race between probing and binding.
				BoltConnector.listen_address, new SocketAddress("localhost", properties.boltPort()),
				BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
				// Loopback only, so authentication adds nothing but a password to manage.
				GraphDatabaseSettings.auth_enabled, false,
				// The engine would otherwise report the graph's size and the machine to Neo4j every day: a healthcare
				// organisation's server tells no third party anything it has not chosen to.
				GraphDatabaseSettings.udc_enabled, false,
				GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()));
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(home).setConfig(settings).build();
		}
		catch (RuntimeException ex) {
			throw StartFailures.explain(ex, directory);
		}
		GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		int port = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		URI uri = URI.create("bolt://localhost:" + port);
		log.info("Embedded Neo4j started in {} ms with its data in {}, Bolt at {}",
				(System.nanoTime() - started) / 1_000_000, home, uri);
		return new EmbeddedNeo4j(service, uri, directory, properties.shutdownTimeout());
	}

	/** Why the engine declared a critical error and serves nothing more ("panic"), or null while it is healthy. */
	public @Nullable Throwable panic() {
		DatabaseHealth health = ((GraphDatabaseAPI) this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
			.getDependencyResolver().resolveDependency(DatabaseHealth.class);
		return health.hasNoPanic() ? null : health.causeOfPanic();
	}

	/** Whether the disk of the store still has the reserve free, so that a write may go ahead. */
	public boolean hasRoomToWrite() {
		return this.directory.hasRoomToWrite();
	}

	/** The bytes free on the disk of the store and the reserve kept, for an error that says both. */
	public String diskSpace() {
		return DataDirectory.megabytes(this.directory.freeBytes()) + " free, " + DataDirectory.megabytes(
				this.directory.reserve().toBytes()) + " kept in reserve";
	}

	/**
	 * From now on the engine ends any transaction that runs longer than this ({@code db.transaction.timeout}, a
	 * dynamic setting), so that a request cut short by its time limit leaves no query running. Set once the
	 * application is ready: loading the data files, migrations and a restore at start-up may take longer.
	 */
	public void limitTransactions(Duration timeout) {
		// dbms.setConfigValue is an Enterprise procedure; the engine's own configuration takes the dynamic setting.
		((GraphDatabaseAPI) this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)).getDependencyResolver()
			.resolveDependency(Config.class)
			.setDynamic(GraphDatabaseSettings.transaction_timeout, timeout, "samverkanskartan");
		log.info("Embedded Neo4j ends transactions running longer than {} ms", timeout.toMillis());
	}

	/**
	 * Runs {@code listener} after every transaction that changed the graph has committed, whoever ran it: the
	 * application, a migration, or a test through the driver.
	 */
	public void afterEveryWrite(Runnable listener) {
		this.service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
				new TransactionEventListenerAdapter<Void>() {
					@Override
					public void afterCommit(TransactionData data, @Nullable Void state, GraphDatabaseService database) {
						listener.run();
					}
				});
	}

	public URI boltUri() {
		return this.boltUri;
	}

	/**
	 * Stops the engine, waiting at most the shutdown timeout: on a full disk the engine retries writing its page
	 * cache for ever, and a process that never stops is worse than a store that replays its transaction log (every
	 * acknowledged write is in that log, forced to disk at commit) at the next start.
	 */
	@Override
	public synchronized void close() {
		if (this.stopping.getState() != Thread.State.NEW) {
			return;
		}
		Throwable panic = panic();
		if (panic != null) {
			// Writing the page cache now would put changes the transaction log never got into the store files,
			// and the store would not start again; left unwritten, recovery replays the log, as after a crash.
			log.warn("Embedded Neo4j is in a critical state ({}); it is left as it is, not stopped, and the store "
					+ "recovers from its transaction log at the next start", panic.toString());
			return;
		}
		log.info("Stopping embedded Neo4j");
		this.stopping.start();
		try {
			if (!this.stopping.join(this.shutdownTimeout)) {
				log.warn("Embedded Neo4j did not stop within {} s ({} on the disk of {}); the application stops without "
						+ "waiting, and the store recovers from its transaction log at the next start",
						this.shutdownTimeout.toSeconds(), diskSpace(), this.directory.path());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits until a stop that {@link #close()} left running has finished, e.g. once space is freed; for tests. */
	public boolean awaitStopped(Duration timeout) throws InterruptedException {
		return this.stopping.getState() != Thread.State.NEW && this.stopping.join(timeout);
	}

}
