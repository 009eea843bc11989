package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * The endpoint speaks GraphQL over HTTP as the specification prescribes: methods, media types, status codes. Requests
 * carry a viewer's API key; GraphiQL's page needs none.
 */
@GraphApplicationTest
class GraphQlOverHttpTest {

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void postAnswersInTheGraphQlResponseMediaType() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ documents { id } }\"}", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(GRAPHQL_RESPONSE));
		assertThat(response.body()).contains("doc-skane-2023-operationssamarbete");
	}

	@Test
	void getAnswersQueriesWithVariablesInTheUrl() throws Exception {
		HttpResponse<String> response = get("query=" + encode("query($id: ID!) { node(id: $id) { name } }")
				+ "&variables=" + encode("{\"id\":\"hospital-uso\"}"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Universitetssjukhuset Örebro");
	}

	@Test
	void getRefusesMutationsWith405() throws Exception {
		HttpResponse<String> response = get("query=" + encode("mutation { anything }"));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void getWithoutAQueryIsABadRequestThatSaysSo() throws Exception {
		HttpResponse<String> response = get("variables=%7B%7D");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("'query' is missing");
	}

	@Test
	void malformedVariablesAreABadRequestThatSaysSo() throws Exception {
		HttpResponse<String> response = get("query=" + encode("{ documents { id } }") + "&variables=" + encode("{not json"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("'variables' is not a JSON object");
	}

	@Test
	void aSyntaxErrorIs400WithTheGraphQlResponseMediaType() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ documents { id \"}", "application/json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("errors");
	}

	@Test
	void aSubscriptionOverHttpIsRefusedPointingToTheWebSocket() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"subscription { graphChanged { id } }\"}", "application/json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Subscriptions run over the WebSocket at /graphql")
			.doesNotContain("upstreamPublisher");
	}

	@Test
	void anUnknownFieldIs400AndNamesTheField() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ hospitalz { id } }\"}", "application/json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("hospitalz");
	}

	@Test
	void aWrongArgumentTypeNamesTheArgument() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ changes(from: \\\"yesterday\\\", to: \\\"2025-01-01\\\") { from } }\"}",
				"application/json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("yesterday").contains("YYYY-MM-DD");
	}

	@Test
	void anUnsupportedContentTypeIs415() throws Exception {
		HttpResponse<String> response = post("{ documents { id } }", "text/plain");
		assertThat(response.statusCode()).isEqualTo(415);
	}

	@Test
	void graphiqlIsServedWithoutAnyExternalAsset() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/graphiql")).GET().build());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("graphiql.min.js").doesNotContain("https://").doesNotContain("http://");
		String script = page.body().replaceAll("(?s).*src=\"(/webjars/graphiql/[^\"]+)\".*", "$1");
		assertThat(send(HttpRequest.newBuilder(uri(script)).GET().build()).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> post(String body, String contentType) throws Exception {
		return send(HttpRequest.newBuilder(uri("/graphql"))
			.header("X-API-Key", TestCredentials.VIEWER_KEY)
			.header("Content-Type", contentType)
			.header("Accept", GRAPHQL_RESPONSE)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> get(String query) throws Exception {
		return send(HttpRequest.newBuilder(uri("/graphql?" + query)).header("Accept", GRAPHQL_RESPONSE)
			.header("X-API-Key", TestCredentials.VIEWER_KEY).GET().build());
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
