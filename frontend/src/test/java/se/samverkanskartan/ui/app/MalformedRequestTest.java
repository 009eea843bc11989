package se.samverkanskartan.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application that ships (UI and API in one), spoken to over plain HTTP: a request that is not well-formed
 * GraphQL over HTTP gets 400 with a GraphQL error that says what is wrong, whatever it accepts and with or without
 * credentials, never the UI's 403 with an empty body; and the API's limits name themselves here too.
 */
@SpringBootTest(classes = se.samverkanskartan.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestTest {

	private static final Path DATA = temporaryDirectory();

	private static final String QUERY = "{\"query\":\"{ documents { id } }\"";

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("samverkanskartan.neo4j.embedded.directory", DATA::toString);
	}

	/** Each malformed body, with what the error must say; with each media type accepted, with and without credentials. */
	static Stream<Arguments> malformedBodies() {
		List<Arguments> cases = new ArrayList<>();
		Object[][] bodies = {
				{ QUERY, "not valid JSON" },
				{ "", "body is empty" },
				{ "{\"notquery\":1}", "no 'query'" },
				{ "{\"query\":1}", "'query' must be a string" },
				{ "{\"query\":\"  \"}", "'query' is empty" },
				{ QUERY + ",\"variables\":\"{}\"}", "'variables' must be a JSON object" },
				{ QUERY + ",\"extensions\":[1]}", "'extensions' must be a JSON object" },
				{ QUERY + ",\"operationName\":7}", "'operationName' must be a string" },
				{ "[" + QUERY + "}]", "Batched requests" },
				{ "42", "must be a JSON object" } };
		for (Object[] body : bodies) {
			for (String accept : List.of("application/json", GRAPHQL_RESPONSE)) {
				for (String authorization : new String[] { null, basic("viewer", "viewer-dev") }) {
					cases.add(Arguments.of(body[0], body[1], accept, authorization));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "[{index}] {0} accepting {2}")
	@MethodSource("malformedBodies")
	void aMalformedPostIsA400ThatSaysWhatIsWrong(String body, String says, String accept, String authorization)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		HttpResponse<String> response = send(request, authorization);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(accept));
		assertThat(message(response)).contains(says);
	}

	@Test
	void aGetWithBadParametersIsA400ThatSaysWhatIsWrong() throws Exception {
		String query = "query=" + encode("{ documents { id } }");
		String[][] requests = { { "variables=" + encode("{}"), "'query' is missing" },
				{ query + "&variables=" + encode("{not json"), "'variables' is not a JSON object" },
				{ query + "&variables=" + encode("\"a string\""), "'variables' is not a JSON object" },
				{ query + "&extensions=" + encode("[1]"), "'extensions' is not a JSON object" } };
		for (String[] bad : requests) {
			for (String authorization : new String[] { null, basic("viewer", "viewer-dev") }) {
				HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/graphql?" + bad[0])).GET(), authorization);
				assertThat(response.statusCode()).as(bad[0] + ": " + response.body()).isEqualTo(400);
				assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
				assertThat(message(response)).as(bad[0]).contains(bad[1]);
			}
		}
	}

	@Test
	void anUnsupportedContentTypeIs415WithAnErrorNotAnEmptyBody() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{ documents { id } }")), basic("viewer", "viewer-dev"));
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(message(response)).contains("'text/plain' is not supported");
	}

	/** An error status of another API path goes through the container's error page, which is now the API's too. */
	@Test
	void anErrorOfAnotherApiPathIsAnsweredByTheApiNotTheUi() throws Exception {
		// Sent as JSON, so that the cross-site rule (a write in no content type is refused) lets it reach the 405.
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/export/graph.json"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{}")), basic("editor", "editor-dev"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
		assertThat(response.body()).contains("/export/graph.json");
	}

	@Test
	void aQueryNestedTooDeeplyIsRefusedNamingTheLimit() throws Exception {
		String nested = "relations { other { ".repeat(10) + "id" + " } }".repeat(10);
		HttpResponse<String> response = post("{\"query\":\"{ node(id: \\\"hospital-sus\\\") { " + nested + " } }\"}",
				basic("viewer", "viewer-dev"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(limit(response)).isEqualTo("maxDepth");
	}

	@Test
	void aBodyOverTheSizeLimitIsRefusedNamingTheLimitWithOrWithoutCredentials() throws Exception {
		String huge = "{\"query\":\"{ search(text: \\\"" + "x".repeat(110 * 1024) + "\\\") { matched } }\"}";
		for (String authorization : new String[] { null, basic("viewer", "viewer-dev") }) {
			HttpResponse<String> response = post(huge, authorization);
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(limit(response)).isEqualTo("maxRequestSize");
		}
	}

	private HttpResponse<String> post(String body, String authorization) throws Exception {
		return send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", GRAPHQL_RESPONSE)
			.POST(HttpRequest.BodyPublishers.ofString(body)), authorization);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String authorization) throws Exception {
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The first error's message; the body must be a GraphQL error response. */
	private static String message(HttpResponse<String> response) {
		JsonNode errors = JSON.readTree(response.body()).path("errors");
		assertThat(errors.isArray()).as(response.body()).isTrue();
		return errors.path(0).path("message").asString();
	}

	private static String limit(HttpResponse<String> response) {
		return JSON.readTree(response.body()).path("errors").path(0).path("extensions").path("limit").asString();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static Path temporaryDirectory() {
		try {
			Path dir = Files.createTempDirectory("samverkanskartan-malformed-test-");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
