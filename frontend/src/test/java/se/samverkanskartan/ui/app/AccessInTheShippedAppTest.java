package se.samverkanskartan.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.List;

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
		for (String key : new String[] { "not-the-key", null }) {
			assertThatThrownBy(() -> GraphQlWebSocket.connect(socket, key == null ? null : "X-API-Key", key))
				.hasCauseInstanceOf(WebSocketHandshakeException.class)
				.cause()
				.satisfies(ex -> assertThat(((WebSocketHandshakeException) ex).getResponse().statusCode()).isEqualTo(401));
		}
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
