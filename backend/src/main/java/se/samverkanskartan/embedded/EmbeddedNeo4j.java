package se.samverkanskartan.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
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

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri) {
		this.service = service;
		this.boltUri = boltUri;
	}

	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path home = properties.directory().toAbsolutePath();
		long started = System.nanoTime();
		Map<Setting<?>, Object> settings = Map.of(
				BoltConnector.enabled, true,
				// Port 0 lets the operating system choose a free port: no race between probing and binding.
				BoltConnector.listen_address, new SocketAddress("localhost", properties.boltPort()),
				BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
				// Loopback only, so authentication adds nothing but a password to manage.
				GraphDatabaseSettings.auth_enabled, false,
				GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()));
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home).setConfig(settings).build();
		GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		int port = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		URI uri = URI.create("bolt://localhost:" + port);
		log.info("Embedded Neo4j started in {} ms with its data in {}, Bolt at {}",
				(System.nanoTime() - started) / 1_000_000, home, uri);
		return new EmbeddedNeo4j(service, uri);
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

	public URI boltUri() {
		return this.boltUri;
	}

	@Override
	public void close() {
		log.info("Stopping embedded Neo4j");
		this.service.shutdown();
	}

}
