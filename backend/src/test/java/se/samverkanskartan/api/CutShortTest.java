package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * A request cut short: it answers 503 naming the limit, its execution is cancelled so that nothing runs on for it,
 * it logs one line, and the database ends a transaction that outlives its timeout. An unexpected failure logs once
 * with an id the client gets too. Here one field waits (off the request thread, as a slow database call would) until
 * the request is cancelled and then hands back a long list, and one field always fails; both only in this context.
 */
@GraphApplicationTest
@TestPropertySource(properties = { "samverkanskartan.api.limits.timeout=1500ms",
		"samverkanskartan.neo4j.embedded.transaction-timeout=2s" })
@Import(CutShortTest.Probe.class)
@ExtendWith(OutputCaptureExtension.class)
class CutShortTest {

	@LocalServerPort
	int port;

	@Autowired
	Probe probe;

	@Autowired
	Neo4jClient client;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aRequestOverTheTimeLimitIs503AndCancelledAndLogsOneLine(CapturedOutput output) throws Exception {
		HttpResponse<String> response = post("{ timeline { date precision eventType description } }");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		JsonNode error = this.json.readTree(response.body()).path("errors").path(0);
		assertThat(error.path("extensions").path("limit").asString()).isEqualTo("timeout");
		// The execution ends: the waiting field saw the cancellation, and the 2,000 items it handed back afterwards
		// are not completed field by field.
		assertThat(this.probe.finished.await(20, TimeUnit.SECONDS)).as("the execution ended").isTrue();
		assertThat(this.probe.sawCancellation).isTrue();
		assertThat(output.getAll().lines().filter(line -> line.contains("stopped after"))).hasSize(1);
		assertThat(output.getAll()).doesNotContain("Unresolved").doesNotContain("AbortExecutionException");
	}

	@Test
	void anUnexpectedErrorLogsOnceWithTheIdTheClientGets(CapturedOutput output) throws Exception {
		HttpResponse<String> response = post("{ documents { id file } }");
		JsonNode errors = this.json.readTree(response.body()).path("errors");
		assertThat(errors.size()).as(response.body()).isGreaterThan(1);
		Set<String> ids = ConcurrentHashMap.newKeySet();
		errors.forEach(error -> ids.add(error.path("extensions").path("errorId").asString()));
		assertThat(ids).singleElement().satisfies(id -> {
			assertThat(id).isNotBlank();
			assertThat(output.getAll().lines().filter(line -> line.contains("Unexpected error " + id))).hasSize(1);
		});
		assertThat(output.getAll()).doesNotContain("Unresolved");
	}

	@Test
	@Timeout(60)
	void theEngineEndsATransactionThatOutlivesItsTimeout() {
		assertThatThrownBy(() -> this.client
			.query("UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n")
			.fetchAs(Long.class).one())
			.satisfies(ex -> assertThat(UnexpectedErrors.isTransactionTimeout(ex)).as(ex.toString()).isTrue());
	}

	private HttpResponse<String> post(String query) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("X-API-Key", TestCredentials.VIEWER_KEY)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(Map.of("query", query))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Makes {@code Query.timeline} wait for the cancellation and {@code Document.file} fail, and sees executions end. */
	@TestConfiguration
	static class Probe extends SimplePerformantInstrumentation {

		final CountDownLatch finished = new CountDownLatch(1);

		volatile boolean sawCancellation;

		@Bean
		Probe probe() {
			return this;
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
				InstrumentationState state) {
			boolean slow = parameters.getQuery().contains("timeline");
			return SimpleInstrumentationContext.whenCompleted((result, ex) -> {
				if (slow) {
					this.finished.countDown();
				}
			});
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			String field = parameters.getExecutionStepInfo().getObjectType().getName() + "."
					+ parameters.getExecutionStepInfo().getFieldDefinition().getName();
			var input = parameters.getExecutionContext().getExecutionInput();
			return switch (field) {
				case "Query.timeline" -> env -> CompletableFuture.supplyAsync(() -> {
					long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
					while (!input.isCancelled() && System.nanoTime() < until) {
						try {
							Thread.sleep(5);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							break;
						}
					}
					this.sawCancellation = input.isCancelled();
					return IntStream.range(0, 2000).mapToObj(i -> Map.<String, Object>of("date", java.time.LocalDate.of(2026, 1, 1), "precision", "DAY",
							"eventType", "BEGINS", "description", "event " + i)).toList();
				});
				case "Document.file" -> env -> {
					throw new IllegalStateException("a failure nobody expected");
				};
				default -> dataFetcher;
			};
		}

	}

}
