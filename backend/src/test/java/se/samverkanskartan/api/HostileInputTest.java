package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * Malformed, huge, deeply nested and hostile requests through HTTP: each gets a 4xx that says what is wrong, never
 * a 5xx, and the graph is unchanged afterwards.
 */
@GraphApplicationTest
class HostileInputTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private long graphBefore;

	@BeforeEach
	void measureGraph() {
		this.graphBefore = graphSize();
	}

	@AfterEach
	void graphIsUnchanged() {
		assertThat(graphSize()).isEqualTo(this.graphBefore);
	}

	@Test
	void aQueryNestedTooDeeplyIsRefusedNamingTheLimit() throws Exception {
		String nested = "relations { other { ".repeat(10) + "id" + " } }".repeat(10);
		HttpResponse<String> response = query("{ node(id: \"hospital-sus\") { " + nested + " } }");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("'maxDepth'").contains("LIMIT_EXCEEDED");
	}

	@Test
	void aQuerySelectingTooMuchIsRefusedNamingTheLimit() throws Exception {
		String aliases = IntStream.range(0, 600).mapToObj(i -> "a" + i + ": documents { id }").collect(Collectors.joining(" "));
		HttpResponse<String> response = query("{ " + aliases + " }");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("'maxCost'");
	}

	@Test
	void aHugeRequestIsRefusedBeforeItIsRead() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ search(text: \\\"" + "x".repeat(200_000) + "\\\") { matched } }\"}",
				"application/json");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("'maxRequestSize'");
	}

	@Test
	void theStandardIntrospectionQueryStillWorksForTools() throws Exception {
		HttpResponse<String> response = query(IntrospectionQuery.INTROSPECTION_QUERY);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"HealthcareRegion\"");
		assertThat(this.json.readTree(response.body()).has("errors")).isFalse();
	}

	@Test
	void cypherInSearchTextIsOnlyText() throws Exception {
		for (String hostile : new String[] { "') DETACH DELETE n //", "\" } MATCH (n) DETACH DELETE n //",
				"*:* OR name:*", "a\\\\' CALL db.clearQueryCaches()" }) {
			HttpResponse<String> response = query("query($t: String!) { search(text: $t) { node { id } } }",
					"{\"t\":" + this.json.writeValueAsString(hostile) + "}");
			assertThat(response.statusCode()).as(hostile).isEqualTo(200);
			assertThat(response.body()).as(hostile).doesNotContain("\"errors\"");
		}
	}

	@Test
	void aWrongArgumentTypeIsABadRequest() throws Exception {
		HttpResponse<String> response = query("{ search(text: \"SUS\", first: \"many\") { matched } }");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("first");
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		HttpResponse<String> unclosed = post("{\"query\": \"{ documents { id } }\"", "application/json");
		assertThat(unclosed.statusCode()).isEqualTo(400);
		assertThat(unclosed.body()).contains("not valid JSON");
		HttpResponse<String> batch = post("[1, 2, 3]", "application/json");
		assertThat(batch.statusCode()).isEqualTo(400);
		assertThat(batch.body()).contains("Batched requests");
	}

	@Test
	void invalidUtf8IsABadRequestNotACrash() throws Exception {
		byte[] body = "{\"query\":\"{ search(text: \\\"\u0000\u00ff\\\") { matched } }\"}".getBytes(StandardCharsets.ISO_8859_1);
		body[body.length - 20] = (byte) 0xC3;
		body[body.length - 19] = (byte) 0x28;
		HttpResponse<String> response = this.http.send(request("application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("not valid JSON");
	}

	@Test
	void anObjectWhereAnIdBelongsMatchesNothing() throws Exception {
		HttpResponse<String> response = query("query($id: ID!) { node(id: $id) { id } }", "{\"id\": {\"$ne\": null}}");
		// graphql-java takes the object for an id it does not know, so the answer is a node not found.
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).path("data").path("node").isNull()).as(response.body()).isTrue();
		assertThat(response.body()).doesNotContain("hospital-");
	}

	@Test
	void aMissingRequiredVariableIsABadRequestNamingIt() throws Exception {
		HttpResponse<String> response = query("query($id: ID!) { node(id: $id) { id } }", "{}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("id");
	}

	private HttpResponse<String> query(String query) throws Exception {
		return query(query, "{}");
	}

	private HttpResponse<String> query(String query, String variables) throws Exception {
		return post("{\"query\":" + this.json.writeValueAsString(query) + ",\"variables\":" + variables + "}", "application/json");
	}

	private HttpResponse<String> post(String body, String contentType) throws Exception {
		return this.http.send(request(contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String contentType) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("X-API-Key", TestCredentials.VIEWER_KEY)
			.header("Content-Type", contentType)
			.header("Accept", "application/graphql-response+json");
	}

	private long graphSize() {
		return this.client.query("MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() WITH nodes, count(r) AS relationships RETURN nodes + relationships")
			.fetchAs(Long.class).one().orElseThrow();
	}

}
