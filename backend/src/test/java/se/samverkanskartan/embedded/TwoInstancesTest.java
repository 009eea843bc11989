package se.samverkanskartan.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

/**
 * Two application instances on one Neo4j, as a deployment with more users runs them: the first with the engine
 * and its Bolt port, the second a process of its own connected to it over Bolt. A change made through one reaches a
 * {@code graphChanged} subscriber of the other (the live updates follow the audit trail in the database, not one
 * process's memory), a stale version is refused whichever instance it is sent to, and the second start applies no
 * migration the first had applied.
 */
class TwoInstancesTest {

	private static final Path LOGS = Path.of("target", "two-instances-test");

	@TempDir
	Path data;

	@Test
	void aChangeThroughOneInstanceReachesTheOtherAndVersionsHoldAcrossBoth() throws Exception {
		Files.createDirectories(LOGS);
		AppProcess first = AppProcess.start(this.data.resolve("neo4j"), LOGS.resolve("first.log"));
		AppProcess second = null;
		Disposable subscription = null;
		try {
			second = AppProcess.start(this.data.resolve("unused"), LOGS.resolve("second.log"),
					"--spring.neo4j.uri=" + first.bolt());
			assertThat(first.output()).contains("Applied migration V1 ");
			assertThat(second.output()).doesNotContain("Applied migration").doesNotContain("Embedded Neo4j started");

			BlockingQueue<String> seenBySecond = new LinkedBlockingQueue<>();
			subscription = WebSocketGraphQlTester.builder(second.webSocket(), new StandardWebSocketClient())
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("viewer:viewer-dev".getBytes(StandardCharsets.UTF_8)))
				.build()
				.document("subscription { graphChanged { entityId } }").executeSubscription()
				.toFlux("graphChanged.entityId", String.class)
				.subscribe(seenBySecond::add);
			awaitLive(first, seenBySecond);

			String made = create(first, "Gjord i första instansen");
			assertThat(nextOtherThanProbes(seenBySecond)).isEqualTo(made);

			// Both read version 1; the first instance's update wins, the second's, on the stale version, is refused.
			assertThat(update(first, made, 1, "Ändrad i första").path("data").path("updateNode").path("version").asInt())
				.isEqualTo(2);
			JsonNode refused = update(second, made, 1, "Ändrad i andra");
			assertThat(refused.path("errors").get(0).path("extensions").path("classification").asString())
				.isEqualTo("CONFLICT");
			assertThat(name(second, made)).isEqualTo("Ändrad i första");
		}
		finally {
			if (subscription != null) {
				subscription.dispose();
			}
			if (second != null) {
				second.terminate(Duration.ofSeconds(60));
			}
			first.terminate(Duration.ofSeconds(60));
		}
	}

	/** Makes changes on the first instance until the subscription on the second has seen one: it is live then. */
	private static void awaitLive(AppProcess first, BlockingQueue<String> seen) throws Exception {
		for (int attempt = 0; attempt < 60; attempt++) {
			create(first, "Prov " + attempt);
			if (seen.poll(500, TimeUnit.MILLISECONDS) != null) {
				return;
			}
		}
		throw new AssertionError("The subscription on the second instance never saw a change made through the first");
	}

	/** The next change seen that is not one of the probes made while waiting for the subscription. */
	private static String nextOtherThanProbes(BlockingQueue<String> seen) throws InterruptedException {
		while (true) {
			String id = seen.poll(10, TimeUnit.SECONDS);
			assertThat(id).as("a change within 10 s").isNotNull();
			if (!id.startsWith("care-area-prov-")) {
				return id;
			}
		}
	}

	private static String create(AppProcess app, String name) throws Exception {
		JsonNode created = AppProcess.json(app.graphQl("editor",
				"mutation { createNode(input: {kind: CARE_AREA, name: \"" + name + "\"}) { id } }"));
		return created.path("data").path("createNode").path("id").asString();
	}

	private static JsonNode update(AppProcess app, String id, int version, String name) throws Exception {
		return AppProcess.json(app.graphQl("editor", "mutation { updateNode(input: {id: \"" + id + "\", version: " + version
				+ ", name: \"" + name + "\"}) { version } }"));
	}

	private static String name(AppProcess app, String id) throws Exception {
		return AppProcess.json(app.graphQl("viewer", "{ node(id: \"" + id + "\") { name } }")).path("data").path("node")
			.path("name").asString();
	}

}
