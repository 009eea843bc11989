package se.samverkanskartan.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import tools.jackson.databind.JsonNode;

/**
 * The disk under the store fills, on a real file system of 160 MB and with the application in a process of its
 * own: writes are refused with a clear error before the disk is full while reading goes on; a disk filled to the
 * last byte by someone else puts the engine into its critical state and the health endpoint says so; the process
 * still stops on SIGTERM; and once space is freed it starts again with every acknowledged write.
 */
@EnabledIf("se.samverkanskartan.embedded.SmallDisk#canMount")
class FullDiskTest {

	private static final long MB = 1024 * 1024;

	private static final String[] SMALL_RESERVE = { "--samverkanskartan.neo4j.embedded.min-free-space=48MB",
			"--samverkanskartan.neo4j.embedded.shutdown-timeout=60s", "--samverkanskartan.neo4j.embedded.page-cache=16m" };

	/** Under the build's output: the logs of both runs are there to read when the test fails. */
	private static final Path LOGS = Path.of("target", "full-disk-test");

	@Test
	void writesStopBeforeTheDiskIsFullAndNothingAcknowledgedIsLost() throws Exception {
		Files.createDirectories(LOGS);
		try (SmallDisk disk = SmallDisk.mount(160, "rw")) {
			Path data = disk.root().resolve("neo4j");
			AppProcess app = AppProcess.start(data, LOGS.resolve("first-run.log"), SMALL_RESERVE);
			String kept = createCareArea(app, "Skrivet före fullt");

			disk.fillLeaving(24 * MB);

			HttpResponse<String> refused = app.graphQl("editor", create("Skrivet under reserven"));
			assertThat(refused.statusCode()).isEqualTo(507);
			JsonNode error = AppProcess.json(refused).path("errors").get(0);
			assertThat(error.path("message").asString())
				.startsWith("Nothing was written: the disk of the database is nearly full")
				.contains("MB free, 48 MB kept in reserve");
			assertThat(error.path("extensions").path("limit").asString()).isEqualTo("minFreeSpace");
			assertThat(app.post("admin", "/import/CareArea", "text/csv", "id,name\ncare-area-importerat,Importerat\n")
				.statusCode()).isEqualTo(507);
			// Reading goes on; the disk shows in the health endpoint, while the instance stays ready for reads.
			assertThat(name(app, kept)).isEqualTo("Skrivet före fullt");
			assertThat(name(app, "care-area-skrivet-under-reserven")).as("the refused node").isEmpty();
			assertThat(name(app, "care-area-importerat")).as("the refused import").isEmpty();
			assertThat(app.get("/actuator/health").statusCode()).isEqualTo(503);
			assertThat(app.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

			// Another program fills the disk to the last byte, and another client writes past the API (a write the
			// size of an edit): the engine declares a critical error, after which it serves nothing, and the
			// instance must leave the load balancer's rotation.
			disk.fillCompletely();
			try (Driver other = GraphDatabase.driver(app.bolt(), AuthTokens.none())) {
				assertThatThrownBy(() -> other.executableQuery("UNWIND range(1, 20) AS i CREATE (:Filler {text: $text})")
					.withParameters(Map.of("text", "x".repeat(10_000))).execute()).isNotNull();
			}
			assertThat(app.get("/actuator/health/readiness").statusCode()).isEqualTo(503);

			// The engine would retry writing its page cache to the full disk for ever; the process still ends.
			assertThat(app.terminate(Duration.ofMinutes(2))).as("the process ends on SIGTERM").isTrue();
			assertThat(app.output()).contains("Embedded Neo4j is in a critical state");

			disk.freeFillers();
			AppProcess again = AppProcess.start(data, LOGS.resolve("second-run.log"), SMALL_RESERVE);
			assertThat(name(again, kept)).isEqualTo("Skrivet före fullt");
			assertThat(name(again, createCareArea(again, "Skrivet efter"))).isEqualTo("Skrivet efter");
			assertThat(again.terminate(Duration.ofMinutes(2))).isTrue();
			assertThat(again.output()).contains("Stopping embedded Neo4j").doesNotContain("did not stop within");
		}
	}

	private static String create(String name) {
		return "mutation { createNode(input: {kind: CARE_AREA, name: \"" + name + "\"}) { id } }";
	}

	private static String createCareArea(AppProcess app, String name) throws Exception {
		HttpResponse<String> created = app.graphQl("editor", create(name));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		return AppProcess.json(created).path("data").path("createNode").path("id").asString();
	}

	private static String name(AppProcess app, String id) throws Exception {
		return AppProcess.json(app.graphQl("viewer", "{ node(id: \"" + id + "\") { name } }"))
			.path("data").path("node").path("name").asString();
	}

}
