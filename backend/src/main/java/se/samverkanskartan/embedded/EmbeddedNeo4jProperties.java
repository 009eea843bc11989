package se.samverkanskartan.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Neo4j engine that runs inside the application when no external server is configured.
 *
 * @param directory where the engine keeps its data and logs; kept across restarts
 * @param boltPort the loopback port of the Bolt connector; 0 picks a free port, so two instances never clash
 * @param pageCache the page cache size, e.g. {@code 128m}
 * @param transactionTimeout how long a transaction may run before the engine ends it ({@code db.transaction.timeout}):
 *        the request time limit by default, so that a request cut short leaves no query running; 0 for none
 * @param minFreeSpace the room kept free on the disk of the directory: below it the application does not start and
 *        refuses writes, so that the engine never meets a full disk in the middle of a transaction
 * @param shutdownTimeout how long a stop waits for the engine to write its page cache; on a full disk it would wait
 *        for ever, and the transaction log recovers the store at the next start anyway
 */
@ConfigurationProperties("samverkanskartan.neo4j.embedded")
public record EmbeddedNeo4jProperties(Path directory, int boltPort, String pageCache, Duration transactionTimeout,
		DataSize minFreeSpace, Duration shutdownTimeout) {
}
