package se.samverkanskartan.ui.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.util.unit.DataSize;

import se.samverkanskartan.embedded.EmbeddedNeo4j;
import se.samverkanskartan.embedded.EmbeddedNeo4jProperties;

/**
 * A Neo4j server in a JVM of its own: the engine the application embeds, with its Bolt connector on a free loopback
 * port and no authentication, for tests where several application instances share one database as they would share
 * a server. It stops when its standard input closes, so it never outlives the test JVM that started it.
 */
final class Neo4jServerProcess implements AutoCloseable {

	private static final String READY = "NEO4J SERVER READY AT ";

	private static final Pattern BOLT = Pattern.compile(Pattern.quote(READY) + "(bolt://\\S+)");

	private final SeparateJvm jvm;

	private final URI bolt;

	private Neo4jServerProcess(SeparateJvm jvm, URI bolt) {
		this.jvm = jvm;
		this.bolt = bolt;
	}

	/** Starts the server on the directory, writing its output to {@code log}, and waits until Bolt answers. */
	static Neo4jServerProcess start(Path directory, Path log) throws IOException, InterruptedException {
		SeparateJvm jvm = SeparateJvm.start(Neo4jServerProcess.class, "384m", log, directory.toString());
		return new Neo4jServerProcess(jvm, URI.create(jvm.await(BOLT, Duration.ofMinutes(2))));
	}

	URI bolt() {
		return this.bolt;
	}

	/** Closes its standard input, whereupon it stops its engine, and waits for it to end. */
	@Override
	public void close() throws IOException, InterruptedException {
		this.jvm.close();
	}

	public static void main(String[] arguments) throws IOException {
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(Path.of(arguments[0]), 0, "64m",
				Duration.ZERO, DataSize.ofMegabytes(64), Duration.ofSeconds(30)));
		System.out.println(READY + neo4j.boltUri());
		System.out.flush();
		SeparateJvm.untilInputCloses();
		neo4j.close();
	}

}
