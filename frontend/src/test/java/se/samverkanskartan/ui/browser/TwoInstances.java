package se.samverkanskartan.ui.browser;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkanskartan.Application;

/**
 * Two instances of the shipped application on one Neo4j server in a JVM of its own, as two replicas behind a proxy.
 * The first runs in a JVM of its own, so that nothing passes from it to the second but through the database; the
 * second in the test's JVM, so that a test can look inside it, and so that the pages it serves run on code the
 * suite's other browser tests have already warmed. Not both in the test's JVM: Vaadin's Spring Security set-up
 * points the static {@code SecurityContextHolder} at the strategy of the application that started last, and the
 * other one's resolvers then see no caller (its API answers an editor's writes with Unauthorized).
 */
final class TwoInstances implements AutoCloseable {

	private final Neo4jServerProcess server;

	private final ShippedInstanceProcess first;

	private final ConfigurableApplicationContext second;

	private TwoInstances(Neo4jServerProcess server, ShippedInstanceProcess first, ConfigurableApplicationContext second) {
		this.server = server;
		this.first = first;
		this.second = second;
	}

	/** Starts the server, then both instances at once, as replicas start once their database is healthy. */
	static TwoInstances start(Path directory) throws IOException, InterruptedException {
		Neo4jServerProcess server = Neo4jServerProcess.start(directory.resolve("neo4j"), directory.resolve("neo4j.log"));
		ShippedInstanceProcess first = null;
		ConfigurableApplicationContext second = null;
		try {
			first = ShippedInstanceProcess.start(directory.resolve("first.log"), arguments(server));
			second = new SpringApplicationBuilder(Application.class).run(arguments(server));
			first.awaitReady();
			return new TwoInstances(server, first, second);
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			new TwoInstances(server, first, second).close();
			throw ex;
		}
	}

	/** As arguments, which rank above application.yaml (its server.port among them). */
	private static String[] arguments(Neo4jServerProcess server) {
		return new String[] { "--spring.neo4j.uri=" + server.bolt(), "--server.port=0",
				"--samverkanskartan.api.limits.timeout=30s" };
	}

	int firstPort() {
		return this.first.port();
	}

	/** What the first instance logged so far. */
	String firstLog() throws IOException {
		return this.first.log();
	}

	/** The instance in the test's JVM. */
	ConfigurableApplicationContext second() {
		return this.second;
	}

	int secondPort() {
		return Integer.parseInt(this.second.getEnvironment().getRequiredProperty("local.server.port"));
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			if (this.second != null) {
				this.second.close();
			}
		}
		finally {
			try {
				if (this.first != null) {
					this.first.close();
				}
			}
			finally {
				this.server.close();
			}
		}
	}

}
