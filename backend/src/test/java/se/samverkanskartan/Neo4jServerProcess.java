package se.samverkanskartan;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.unit.DataSize;

import se.samverkanskartan.embedded.EmbeddedNeo4j;
import se.samverkanskartan.embedded.EmbeddedNeo4jProperties;

/**
 * A Neo4j server in a JVM of its own: the engine the application embeds, with its Bolt connector on a free loopback
 * port and no authentication, for tests where several application instances share one database as they would share
 * a server. It stops when its standard input closes, so it never outlives the test JVM that started it.
 */
public final class Neo4jServerProcess implements AutoCloseable {

	private static final String READY = "NEO4J SERVER READY AT ";

	private static final Pattern BOLT = Pattern.compile(Pattern.quote(READY) + "(bolt://\\S+)");

	private final Process process;

	private final URI bolt;

	private Neo4jServerProcess(Process process, URI bolt) {
		this.process = process;
		this.bolt = bolt;
	}

	/** Starts the server on the directory, writing its output to {@code log}, and waits until Bolt answers. */
	public static Neo4jServerProcess start(Path directory, Path log) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx384m", "-cp",
				System.getProperty("java.class.path"), Neo4jServerProcess.class.getName(), directory.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			Matcher ready = BOLT.matcher(Files.readString(log, StandardCharsets.UTF_8));
			if (ready.find()) {
				return new Neo4jServerProcess(process, URI.create(ready.group(1)));
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("The Neo4j server stopped:\n" + Files.readString(log));
			}
			process.waitFor(100, TimeUnit.MILLISECONDS);
		}
		process.destroyForcibly();
		throw new IllegalStateException("The Neo4j server did not start within two minutes:\n" + Files.readString(log));
	}

	public URI bolt() {
		return this.bolt;
	}

	/** Closes its standard input, whereupon it stops its engine, and waits for it to end. */
	@Override
	public void close() throws IOException, InterruptedException {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	public static void main(String[] arguments) throws IOException {
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(Path.of(arguments[0]), 0, "64m",
				Duration.ZERO, DataSize.ofMegabytes(64), Duration.ofSeconds(30)));
		System.out.println(READY + neo4j.boltUri());
		System.out.flush();
		while (System.in.read() >= 0) {
			// Until the test JVM closes the pipe or ends.
		}
		neo4j.close();
	}

}
