package se.samverkanskartan.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;

/**
 * Who may do what in the application that ships (UI, Vaadin and API in one), over real HTTP and WebSocket, for
 * every way in. The API key is configured with the README's command-line arguments, bearer JWTs with a trusted
 * test key. The backend's own tests cannot show this: the UI's half of the application (Vaadin's security among it)
 * is not in them.
 */
@SpringBootTest(classes = se.samverkanskartan.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		args = { "--samverkanskartan.security.api-keys[0].name=intranet",
				"--samverkanskartan.security.api-keys[0].sha256=" + TestCredentials.VIEWER_KEY_SHA256,
				"--samverkanskartan.security.api-keys[0].roles=VIEWER" },
		properties = "spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestCredentials.JWT_PUBLIC_KEY)
// Its own embedded database, closed after the class, so that it does not stay open beside the browser tests' one.
@DirtiesContext
class AccessInTheShippedAppTest extends ShippedAppTest {

	private static final String READ = "{ node(id: \"hospital-sus\") { name } }";

	private static final String WRITE = "mutation { createNode(input: {kind: CARE_AREA, name: \"Skrivförsök\"}) { id } }";

	private static final String SUS = "Skånes universitetssjukhus";


	@Test
	void anonymousCallersGetA401WithAnErrorNotTheLoginPage() throws Exception {
		for (HttpResponse<String> refused : List.of(this.api.graphQl(READ), this.api.get("/export/graph.json"),
				this.api.get("/import/template/Hospital.csv"))) {
			assertThat(refused.statusCode()).as(refused.uri().getPath()).isEqualTo(401);
			assertThat(refused.headers().firstValue("Location")).as("no redirect").isEmpty();
			assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
			assertThat(classification(refused)).isEqualTo("UNAUTHORIZED");
		}
	}

	@Test
	void httpBasicReadsWithTheRightPasswordOnly() throws Exception {
		HttpResponse<String> wrong = this.api.graphQl(READ, ApiCalls.basic("viewer", "wrong"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(classification(wrong)).isEqualTo("UNAUTHORIZED");

		HttpResponse<String> viewer = this.api.graphQl(READ, ApiCalls.basic("viewer", "viewer-dev"));
		assertThat(viewer.statusCode()).isEqualTo(200);
		assertThat(name(viewer)).isEqualTo(SUS);
	}

	@Test
	void aViewerWhoTriesToWriteIsRefusedAndNothingIsWritten() throws Exception {
		HttpResponse<String> refused = this.api.graphQl(WRITE, ApiCalls.basic("viewer", "viewer-dev"));
		// GraphQL over HTTP answers a refused field with 200; the refusal is the error, and no data comes back.
		assertThat(refused.statusCode()).isEqualTo(200);
		JsonNode body = ApiCalls.json(refused);
		assertThat(body.path("data").path("createNode").path("id").isMissingNode()).as(refused.body()).isTrue();
		assertThat(body.path("errors").path(0).path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
		assertThat(body.path("errors").path(0).path("path").path(0).asString()).isEqualTo("createNode");

		HttpResponse<String> search = this.api.graphQl("{ search(text: \"Skrivförsök\") { node { id } } }",
				ApiCalls.basic("editor", "editor-dev"));
		assertThat(ApiCalls.json(search).path("data").path("search").isEmpty()).as(search.body()).isTrue();
	}

	@Test
	void anApiKeyReadsInEitherHeaderAndAWrongOneIsRefused() throws Exception {
		HttpResponse<String> xApiKey = this.api.graphQl(READ, "X-API-Key", TestCredentials.VIEWER_KEY);
		assertThat(xApiKey.statusCode()).as(xApiKey.body()).isEqualTo(200);
		assertThat(name(xApiKey)).isEqualTo(SUS);

		HttpResponse<String> scheme = this.api.graphQl(READ, "Authorization", "ApiKey " + TestCredentials.VIEWER_KEY);
		assertThat(scheme.statusCode()).as(scheme.body()).isEqualTo(200);
		assertThat(name(scheme)).isEqualTo(SUS);

		HttpResponse<String> wrong = this.api.graphQl(READ, "X-API-Key", "not-the-key");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(classification(wrong)).isEqualTo("UNAUTHORIZED");
	}

	/**
	 * The integrator's API in the assembly that ships: a filtered, sorted page with its counts, the next page by its
	 * cursor, a typed mutation with its version, and the export in the import's columns.
	 */
	@Test
	void anIntegratorFiltersSortsCountsAndWritesWithATypedMutation() throws Exception {
		String page = """
				{ hospitals(where: {region: {some: {id: {eq: "region-skane"}}}, NOT: {city: {eq: "Lund"}}},
				            sort: [{city: DESC}], first: 2%s) {
				    totalCount edges { node { id city } } pageInfo { hasNextPage endCursor } } }""";
		JsonNode first = ApiCalls.json(this.api.graphQl(page.formatted(""), "X-API-Key", TestCredentials.VIEWER_KEY))
			.path("data").path("hospitals");
		List<String> cities = first.path("edges").valueStream().map(edge -> edge.path("node").path("city").asString()).toList();
		assertThat(cities).hasSize(2).isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotContain("Lund");
		JsonNode second = ApiCalls.json(this.api.graphQl(page.formatted(", after: \"" + first.path("pageInfo")
			.path("endCursor").asString() + "\""), "X-API-Key", TestCredentials.VIEWER_KEY)).path("data").path("hospitals");
		assertThat(second.path("edges").path(0).path("node").path("city").asString()).isLessThanOrEqualTo(cities.getLast());
		assertThat(first.path("totalCount").asInt()).isGreaterThan(2);

		JsonNode counts = ApiCalls.json(this.api.graphQl("{ assignments { totalCount countsByStatus { status count } } }",
				"X-API-Key", TestCredentials.VIEWER_KEY)).path("data").path("assignments");
		assertThat(counts.path("countsByStatus").valueStream().mapToInt(count -> count.path("count").asInt()).sum())
			.isEqualTo(counts.path("totalCount").asInt());

		String[] editor = ApiCalls.basic("editor", "editor-dev");
		JsonNode created = ApiCalls.json(this.api.graphQl(
				"mutation { createCareArea(input: {id: \"care-shipped-typed\", name: \"Typtest\"}) { id version } }", editor));
		assertThat(created.path("data").path("createCareArea").path("version").asInt()).as(created.toString()).isEqualTo(1);
		String update = "mutation { updateCareArea(id: \"care-shipped-typed\", version: 1, input: {description: \"%s\"}) { version } }";
		assertThat(ApiCalls.json(this.api.graphQl(update.formatted("Ändrad"), editor)).path("data").path("updateCareArea")
			.path("version").asInt()).isEqualTo(2);
		JsonNode stale = ApiCalls.json(this.api.graphQl(update.formatted("Igen"), editor));
		assertThat(stale.path("errors").path(0).path("extensions").path("classification").asString()).isEqualTo("CONFLICT");
		assertThat(stale.path("errors").path(0).path("extensions").path("currentVersion").asInt()).isEqualTo(2);

		HttpResponse<String> export = this.api.get("/export/import/CareArea.csv", editor);
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body()).contains("care-shipped-typed,Typtest");
		assertThat(ApiCalls.json(this.api.graphQl("mutation { deleteNode(id: \"care-shipped-typed\", version: 2) }", editor))
			.path("data").path("deleteNode").asString()).isEqualTo("care-shipped-typed");
	}

	/** An integrator with an API key pages through a list and learns of a mistyped id, in the assembly that ships. */
	@Test
	void anApiKeyPagesWithCursorsBothWaysAndAnUnknownIdIsNamed() throws Exception {
		String key = TestCredentials.VIEWER_KEY;
		JsonNode first = ApiCalls.json(this.api.graphQl(
				"{ hospitals(first: 2) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }",
				"X-API-Key", key)).path("data").path("hospitals");
		assertThat(first.path("totalCount").asInt()).isGreaterThan(2);
		assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		String end = first.path("pageInfo").path("endCursor").asString();
		JsonNode second = ApiCalls.json(this.api.graphQl("{ hospitals(first: 2, after: \"" + end
				+ "\") { edges { node { name } } pageInfo { startCursor } } }", "X-API-Key", key)).path("data").path("hospitals");
		assertThat(second.path("edges").get(0).path("node").path("name").asString())
			.isNotEqualTo(first.path("edges").get(1).path("node").path("name").asString());
		JsonNode back = ApiCalls.json(this.api.graphQl("{ hospitals(last: 2, before: \""
				+ second.path("pageInfo").path("startCursor").asString() + "\") { edges { node { name } } } }", "X-API-Key", key))
			.path("data").path("hospitals");
		assertThat(back.path("edges")).isEqualTo(first.path("edges"));

		JsonNode refused = ApiCalls.json(this.api.graphQl("{ hospitals(region: \"region-nope\") { totalCount } }",
				"X-API-Key", key)).path("errors").get(0);
		assertThat(refused.path("message").asString()).isEqualTo("region: no Region has the id 'region-nope'");
		assertThat(refused.path("extensions").path("argument").asString()).isEqualTo("region");
	}

	@Test
	void anApiKeyOpensTheGraphQlWebSocketAndAWrongOneDoesNot() throws Exception {
		URI socket = URI.create("ws://localhost:" + this.port + "/graphql");
		try (GraphQlWebSocket client = GraphQlWebSocket.connect(socket, "X-API-Key", TestCredentials.VIEWER_KEY)) {
			assertThat(client.first("1", READ).path("data").path("node").path("name").asString()).isEqualTo(SUS);
		}
		// A wrong key on the handshake is refused there; a handshake without credentials waits for connection_init.
		assertThatThrownBy(() -> GraphQlWebSocket.connect(socket, "X-API-Key", "not-the-key"))
			.hasCauseInstanceOf(WebSocketHandshakeException.class)
			.cause()
			.satisfies(ex -> assertThat(((WebSocketHandshakeException) ex).getResponse().statusCode()).isEqualTo(401));
	}

	/** What a browser's script does, which cannot set headers on a WebSocket: credentials in connection_init. */
	@Test
	void aWebSocketAuthenticatesInConnectionInitAndIsClosedWithTheReasonWithoutValidCredentials() throws Exception {
		URI socket = URI.create("ws://localhost:" + this.port + "/graphql");
		for (Map<String, Object> credentials : List.<Map<String, Object>>of(Map.of("X-API-Key", TestCredentials.VIEWER_KEY),
				Map.of("Authorization", "Bearer " + TestCredentials.jwt("intranet", List.of("VIEWER"))),
				Map.of("authorization", ApiCalls.basic("viewer", "viewer-dev")[1]))) {
			try (GraphQlWebSocket client = GraphQlWebSocket.open(socket, credentials)) {
				client.expect("connection_ack");
				assertThat(client.first("1", READ).path("data").path("node").path("name").asString())
					.as(credentials.keySet().toString()).isEqualTo(SUS);
			}
		}
		assertClosed(GraphQlWebSocket.open(socket, Map.of()), 4401, "send X-API-Key or Authorization in connection_init");
		assertClosed(GraphQlWebSocket.open(socket, Map.of("X-API-Key", "not-the-key")), 4401, "Unknown API key");
		assertClosed(GraphQlWebSocket.open(socket, Map.of("Authorization", "Bearer " + TestCredentials.expiredJwt("intranet",
				List.of("VIEWER")))), 4401, "Unauthorized");
		// A token from the trusted issuer that grants none of our roles.
		assertClosed(GraphQlWebSocket.open(socket, Map.of("Authorization", "Bearer " + TestCredentials.jwt("stranger",
				List.of("NURSE")))), 4403, "stranger has no role");
	}

	/** A query over GET is answered with an ETag; asked again with it, an unchanged answer is a 304 without a body. */
	@Test
	void aQueryOverGetCarriesAStrongETagAndAnUnchangedAnswerIsA304() throws Exception {
		String[] key = { "X-API-Key", TestCredentials.VIEWER_KEY };
		String url = "/graphql?query=" + URLEncoder.encode(READ, StandardCharsets.UTF_8);
		HttpResponse<String> first = this.api.get(url, key);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(name(first)).isEqualTo(SUS);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{64}\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

		HttpResponse<String> unchanged = this.api.get(url, with(key, "If-None-Match", etag));
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(unchanged.headers().firstValue("ETag")).hasValue(etag);

		HttpResponse<String> other = this.api.get("/graphql?query="
				+ URLEncoder.encode("{ node(id: \"hospital-sus\") { id name } }", StandardCharsets.UTF_8), with(key, "If-None-Match", etag));
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
	}

	/** Apollo's automatic persisted queries: the hash alone, then the query with it once, then the hash alone. */
	@Test
	void aPersistedQueryRunsByItsHashOverPostAndGetOnceItWasSent() throws Exception {
		String[] key = { "X-API-Key", TestCredentials.VIEWER_KEY };
		String query = "query Persisted { node(id: \"hospital-sus\") { name } }";
		Map<String, Object> extensions = persisted(query);
		String byHash = "/graphql?extensions=" + URLEncoder.encode(ApiCalls.JSON.writeValueAsString(extensions), StandardCharsets.UTF_8);

		for (HttpResponse<String> unknown : List.of(this.api.post("/graphql", "application/json",
				ApiCalls.JSON.writeValueAsString(Map.of("extensions", extensions)), key), this.api.get(byHash, key))) {
			assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(200);
			JsonNode error = ApiCalls.json(unknown).path("errors").path(0);
			assertThat(error.path("message").asString()).isEqualTo("PersistedQueryNotFound");
			assertThat(error.at("/extensions/code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		}
		HttpResponse<String> sent = this.api.post("/graphql", "application/json",
				ApiCalls.JSON.writeValueAsString(Map.of("query", query, "extensions", extensions)), key);
		assertThat(name(sent)).as(sent.body()).isEqualTo(SUS);

		HttpResponse<String> post = this.api.post("/graphql", "application/json",
				ApiCalls.JSON.writeValueAsString(Map.of("extensions", extensions)), key);
		assertThat(name(post)).as(post.body()).isEqualTo(SUS);
		HttpResponse<String> get = this.api.get(byHash, key);
		assertThat(name(get)).as(get.body()).isEqualTo(SUS);
		assertThat(get.headers().firstValue("ETag")).isPresent();
		assertThat(this.api.get(byHash, with(key, "If-None-Match", get.headers().firstValue("ETag").get())).statusCode())
			.isEqualTo(304);

		HttpResponse<String> mismatch = this.api.post("/graphql", "application/json",
				ApiCalls.JSON.writeValueAsString(Map.of("query", "{ documents { id } }", "extensions", extensions)), key);
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(classification(mismatch)).isEqualTo("BAD_REQUEST");
		assertThat(ApiCalls.json(mismatch).at("/errors/0/message").asString()).contains("sha256Hash", "SHA-256 of 'query'");
	}

	/** A persisted query is held to the limits each time it runs, and a persisted mutation never runs over GET. */
	@Test
	void aPersistedQueryKeepsTheLimitsAndAPersistedMutationIsRefusedOverGet() throws Exception {
		String[] key = { "X-API-Key", TestCredentials.VIEWER_KEY };
		String deep = "{ __schema { types { fields { type " + "{ ofType ".repeat(12) + "{ name }" + " }".repeat(12) + " } } } }";
		for (int time = 0; time < 2; time++) {
			Map<String, Object> request = time == 0 ? Map.of("query", deep, "extensions", persisted(deep))
					: Map.of("extensions", persisted(deep));
			JsonNode refused = ApiCalls.json(this.api.post("/graphql", "application/json", ApiCalls.JSON.writeValueAsString(request), key));
			assertThat(refused.at("/errors/0/extensions/limit").asString()).as(refused.toString()).isEqualTo("maxDepth");
		}

		String write = "mutation { createNode(input: {kind: CARE_AREA, name: \"Beständig skrivning\"}) { id } }";
		this.api.post("/graphql", "application/json", ApiCalls.JSON.writeValueAsString(Map.of("query", write,
				"extensions", persisted(write))), key);
		String[] editor = ApiCalls.basic("editor", "editor-dev");
		HttpResponse<String> get = this.api.get("/graphql?extensions="
				+ URLEncoder.encode(ApiCalls.JSON.writeValueAsString(persisted(write)), StandardCharsets.UTF_8), editor);
		assertThat(get.statusCode()).as(get.body()).isEqualTo(405);
		HttpResponse<String> search = this.api.graphQl("{ search(text: \"Beständig\") { node { id } } }", editor);
		assertThat(ApiCalls.json(search).path("data").path("search").isEmpty()).as(search.body()).isTrue();
	}

	private static Map<String, Object> persisted(String query) throws Exception {
		String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
			.digest(query.getBytes(StandardCharsets.UTF_8)));
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	private static void assertClosed(GraphQlWebSocket socket, int code, String reason) throws Exception {
		GraphQlWebSocket.Closed closed = socket.closed();
		assertThat(closed.code()).as(closed.reason()).isEqualTo(code);
		assertThat(closed.reason()).contains(reason);
	}

	private static String[] with(String[] headers, String name, String value) {
		String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
		all[headers.length] = name;
		all[headers.length + 1] = value;
		return all;
	}

	@Test
	void aBearerJwtFromTheTrustedIssuerReadsAndExpiredOrForeignOnesDoNot() throws Exception {
		HttpResponse<String> trusted = this.api.graphQl(READ, ApiCalls.bearer(TestCredentials.jwt("intranet", List.of("VIEWER"))));
		assertThat(trusted.statusCode()).as(trusted.body()).isEqualTo(200);
		assertThat(name(trusted)).isEqualTo(SUS);

		for (String token : List.of(TestCredentials.expiredJwt("intranet", List.of("VIEWER")),
				TestCredentials.foreignJwt("intranet", List.of("ADMIN")))) {
			HttpResponse<String> refused = this.api.graphQl(READ, ApiCalls.bearer(token));
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(classification(refused)).isEqualTo("UNAUTHORIZED");
		}
	}

	@Test
	void exportsAreForEditorsAndImportsForAdministratorsWhicheverWayIn() throws Exception {
		String[] viewerKey = { "X-API-Key", TestCredentials.VIEWER_KEY };
		String[] editorToken = ApiCalls.bearer(TestCredentials.jwt("case-system", List.of("EDITOR")));
		String[] adminToken = ApiCalls.bearer(TestCredentials.jwt("operations", List.of("ADMIN")));

		assertRefused(this.api.get("/export/graph.json", viewerKey), 403, "FORBIDDEN");
		assertRefused(this.api.get("/export/graph.json", ApiCalls.basic("viewer", "viewer-dev")), 403, "FORBIDDEN");
		HttpResponse<String> export = this.api.get("/export/graph.json", editorToken);
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body()).contains("hospital-sus");
		assertThat(this.api.get("/export/graph.json", ApiCalls.basic("editor", "editor-dev")).statusCode()).isEqualTo(200);

		assertRefused(this.api.get("/import/template/Hospital.csv", viewerKey), 403, "FORBIDDEN");
		assertRefused(this.api.get("/import/template/Hospital.csv", editorToken), 403, "FORBIDDEN");
		assertRefused(this.api.get("/import/template/Hospital.csv", ApiCalls.basic("editor", "editor-dev")), 403, "FORBIDDEN");
		assertThat(this.api.get("/import/template/Hospital.csv", adminToken).statusCode()).isEqualTo(200);
		assertThat(this.api.get("/import/template/Hospital.csv", ApiCalls.basic("admin", "admin-dev")).statusCode()).isEqualTo(200);
	}

	private static void assertRefused(HttpResponse<String> response, int status, String classification) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(classification(response)).isEqualTo(classification);
	}

	private static String classification(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
		return ApiCalls.json(response).path("errors").path(0).path("extensions").path("classification").asString();
	}

	private static String name(HttpResponse<String> response) {
		return ApiCalls.json(response).path("data").path("node").path("name").asString();
	}

}
