package se.samverkanskartan.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.QueryCounter;
import se.samverkanskartan.TestCredentials;

/**
 * The cost limit counts what a query can return: one viewer's twelve aliases of six nested relations (depth 14,
 * some 156 fields, inside the depth limit) are refused before anything reaches Neo4j, alike over POST, GET and
 * graphql-ws, while every document the tests send stays under it.
 */
@GraphApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class QueryCostTest {

	/** The amplification query of issue 11: 12 aliases × 6 levels of {@code relations { other { … } }}. */
	static final String AMPLIFICATION = amplification(12, 6);

	@LocalServerPort
	int port;

	@Autowired
	ApiLimits limits;

	@Autowired
	GraphQlSource source;

	@Autowired
	QueryCounter queries;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theAmplificationQueryIsRefusedOverPostBeforeAnythingRunsAndLogsOneLine(CapturedOutput output) throws Exception {
		assertThat(AMPLIFICATION.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(2048);
		this.queries.reset();
		HttpResponse<String> response = this.http.send(request("")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(Map.of("query", AMPLIFICATION))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertRefused(response);
		assertThat(this.queries.count()).as("queries sent to Neo4j").isZero();
		assertThat(output.getAll().lines().filter(line -> line.contains("'maxCost'"))).hasSize(1);
	}

	@Test
	void theAmplificationQueryIsRefusedOverGet() throws Exception {
		HttpResponse<String> response = this.http.send(
				request("?query=" + URLEncoder.encode(AMPLIFICATION, StandardCharsets.UTF_8)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertRefused(response);
	}

	@Test
	void theAmplificationQueryIsRefusedOverTheWebSocket() {
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder("ws://localhost:" + this.port + "/graphql", new StandardWebSocketClient())
			.header("X-API-Key", TestCredentials.VIEWER_KEY)
			.build();
		try {
			List<ResponseError> errors = tester.document(AMPLIFICATION).execute().returnResponse().getErrors();
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("'maxCost'");
				assertThat(error.getExtensions()).containsEntry("limit", "maxCost");
			});
		}
		finally {
			tester.stop().block(Duration.ofSeconds(10));
		}
	}

	@Test
	void oneLevelOfRelationsIsWellUnderTheLimitAndEachLevelMultiplies() {
		long one = cost(amplification(1, 1));
		long two = cost(amplification(1, 2));
		assertThat(one).isLessThan(this.limits.maxCost() / 10);
		assertThat(two).isGreaterThan(one * 20);
		assertThat(cost(amplification(12, 6))).isGreaterThan(this.limits.maxCost() * 1000);
	}

	@Test
	void aPageCostsWhatItsFirstAllows() {
		String page = "{ hospitals(first: %d) { edges { node { id name } } } }";
		assertThat(cost(page.formatted(100))).isGreaterThan(cost(page.formatted(10)) * 9);
		assertThat(cost("{ search(text: \"SUS\", first: 5) { node { id } } }"))
			.isLessThan(cost("{ search(text: \"SUS\", first: 100) { node { id } } }"));
	}

	/** A bulk write answers as many nodes as it was given, so its selection costs that many times. */
	@Test
	void aBulkWriteCostsWhatItsInputsReturn() {
		String bulk = """
				mutation($inputs: [CreateNodeInput!]!) {
				  createNodes(inputs: $inputs) { nodes { id relations { other { relations { id } } } } }
				}""";
		List<Map<String, Object>> one = List.of(Map.of("kind", "CARE_AREA", "name", "Ett"));
		List<Map<String, Object>> many = IntStream.range(0, 400)
			.mapToObj(i -> Map.<String, Object>of("kind", "CARE_AREA", "name", "Nr " + i)).toList();
		long cost = QueryCost.of(schema(), bulk, null, Map.of("inputs", one));
		assertThat(cost).isLessThan(this.limits.maxCost() / 10);
		assertThat(QueryCost.of(schema(), bulk, null, Map.of("inputs", many))).isGreaterThan(this.limits.maxCost());
	}

	@Test
	void introspectionCostsOneAFieldSinceTheSchemaBoundsIt() {
		assertThat(cost(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY)).isLessThan(this.limits.maxCost());
	}

	@Test
	void everyDocumentTheTestsSendIsUnderTheLimit() throws Exception {
		Resource[] documents = new PathMatchingResourcePatternResolver().getResources("classpath:graphql-test/*.graphql");
		assertThat(documents).isNotEmpty();
		for (Resource resource : documents) {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			Document document = Parser.parse(text);
			for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
				assertThat(QueryCost.ofOperation(schema(), text, operation.getName()))
					.as("%s %s", resource.getFilename(), operation.getName()).isLessThanOrEqualTo(this.limits.maxCost());
			}
		}
	}

	private void assertRefused(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode error = this.json.readTree(response.body()).path("errors").path(0);
		assertThat(error.path("message").asString()).contains("'maxCost'");
		assertThat(error.path("extensions").path("limit").asString()).isEqualTo("maxCost");
		assertThat(this.json.readTree(response.body()).path("data").isMissingNode()
				|| this.json.readTree(response.body()).path("data").isNull()).isTrue();
	}

	private long cost(String query) {
		return QueryCost.of(schema(), query, null, Map.of());
	}

	private GraphQLSchema schema() {
		return this.source.schema();
	}

	private HttpRequest.Builder request(String query) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql" + query))
			.header("X-API-Key", TestCredentials.VIEWER_KEY)
			.header("Accept", "application/graphql-response+json");
	}

	static String amplification(int aliases, int levels) {
		String nested = "relations{other{".repeat(levels) + "id" + "}}".repeat(levels);
		return IntStream.range(0, aliases)
			.mapToObj(i -> "a" + i + ":node(id:\"region-skane\"){" + nested + "}")
			.collect(Collectors.joining(" ", "{", "}"));
	}

}
