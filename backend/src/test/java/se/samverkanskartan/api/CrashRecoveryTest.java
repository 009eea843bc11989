package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The process killed with SIGKILL in the middle of a burst of writes, then started again on the same data: every
 * write it acknowledged is there, none is there by half (each created node has its audit entry and no audit entry
 * lacks its node), and the embedded store starts cleanly.
 */
class CrashRecoveryTest {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final String CREATE = """
			mutation($id: ID!) { createNode(input: {kind: CARE_AREA, id: $id, name: "Krocktest",
			  provenance: INFERRED, reason: "Skrivet under krocktestet"}) { id } }""";

	@TempDir
	Path directory;

	@Test
	void aKilledProcessLosesNoAcknowledgedWriteAndKeepsNoHalfWrittenOne() throws Exception {
		Application first = start("first");
		GraphQlHttp editor = new GraphQlHttp(first.port(), GraphQlHttp.basic("editor", "editor-dev"));
		List<String> acknowledged = new CopyOnWriteArrayList<>();
		Thread burst = Thread.ofPlatform().start(() -> {
			for (int i = 0; ; i++) {
				try {
					String id = "care-crash-" + i;
					JsonNode result = editor.post(CREATE, Map.of("id", id));
					if (result.path("data").path("createNode").path("id").asString("").equals(id)) {
						acknowledged.add(id);
					}
				}
				catch (Exception ex) {
					// The process is gone: whatever was not acknowledged may or may not have been written.
					return;
				}
			}
		});
		waitUntil(() -> acknowledged.size() >= 20, Duration.ofSeconds(60));
		first.process().destroyForcibly().waitFor();
		burst.join();

		Application second = start("second");
		try {
			GraphQlHttp admin = new GraphQlHttp(second.port(), GraphQlHttp.basic("admin", "admin-dev"));
			JsonNode state = admin.post("""
					query($ids: [ID!]!) { nodes(ids: $ids) { id history { action } } }""", Map.of("ids", acknowledged));
			List<String> found = new ArrayList<>();
			state.path("data").path("nodes").forEach(node -> {
				if (!node.isNull()) {
					found.add(node.path("id").asString());
					assertThat(node.path("history").toString()).as(node.toString()).contains("CREATE");
				}
			});
			assertThat(found).containsExactlyElementsOf(acknowledged);
			JsonNode trail = admin.post("{ auditTrail(first: 100) { edges { node { entityId action } } } }", Map.of());
			assertThat(trail.path("errors").isMissingNode()).as(trail.toString()).isTrue();
			List<String> audited = new ArrayList<>();
			trail.path("data").path("auditTrail").path("edges").forEach(edge -> audited.add(edge.path("node").path("entityId").asString()));
			List<String> crashNodes = audited.stream().filter(id -> id.startsWith("care-crash-")).distinct().toList();
			// The latest acknowledged creation is among the latest entries, so there is something to check.
			assertThat(crashNodes).contains(acknowledged.getLast());
			JsonNode existing = admin.post("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", crashNodes));
			existing.path("data").path("nodes").forEach(node -> assertThat(node.isNull())
				.as("an audit entry whose node is missing: a half-written change").isFalse());
		}
		finally {
			second.process().destroy();
			second.process().waitFor();
		}
	}

	/** The application in a process of its own, on a free port, with its data in the test's directory. */
	private Application start(String name) throws IOException, InterruptedException {
		Path log = this.directory.resolve(name + ".log");
		Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), "se.samverkanskartan.Application", "--server.port=0",
				"--samverkanskartan.neo4j.embedded.directory=" + this.directory.resolve("neo4j"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			Matcher started = PORT.matcher(Files.readString(log));
			if (started.find()) {
				return new Application(process, Integer.parseInt(started.group(1)));
			}
			assertThat(process.isAlive()).as("the application stopped:\n" + Files.readString(log)).isTrue();
			Thread.sleep(200);
		}
		process.destroyForcibly();
		throw new AssertionError("the application did not start within two minutes:\n" + Files.readString(log));
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited too long").isBefore(deadline);
			Thread.sleep(20);
		}
	}

	private record Application(Process process, int port) {
	}

}
