package se.samverkanskartan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * Who may do what, through HTTP, for each way in: anonymous (refused), the development users over HTTP Basic, API
 * keys in either header, and bearer JWTs signed with the trusted test key.
 */
@GraphApplicationTest
class AccessTest {

	private static final String READ = "{\"query\":\"{ node(id: \\\"hospital-sus\\\") { name } }\"}";

	private static final String WRITE = "{\"query\":\"mutation { createNode(input: {kind: CARE_AREA, name: \\\"Åtkomsttest\\\", internal: true}) { id } }\"}";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anonymousCallersAreRefusedWithAChallenge() throws Exception {
		HttpResponse<String> response = post(READ, null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
		assertThat(post(WRITE, null).statusCode()).isEqualTo(401);
	}

	@Test
	void theDevelopmentUsersLogInWithHttpBasicAndWrongPasswordsDoNot() throws Exception {
		for (String user : List.of("viewer", "editor", "admin")) {
			HttpResponse<String> response = post(READ, basic(user, user + "-dev"));
			assertThat(response.statusCode()).as(user).isEqualTo(200);
			assertThat(response.body()).contains("Skånes universitetssjukhus");
		}
		assertThat(post(READ, basic("editor", "wrong")).statusCode()).isEqualTo(401);
		assertThat(post(READ, basic("nobody", "editor-dev")).statusCode()).isEqualTo(401);
	}

	@Test
	void viewersReadButCannotWriteEditorsAndAdministratorsWrite() throws Exception {
		assertThat(post(WRITE, basic("viewer", "viewer-dev")).body()).contains("FORBIDDEN").doesNotContain("care-area");
		assertThat(post(WRITE, basic("editor", "editor-dev")).body()).contains("\"id\":\"care-area-atkomsttest");
		assertThat(post(WRITE, basic("admin", "admin-dev")).body()).contains("\"id\":\"care-area-atkomsttest");
	}

	@Test
	void apiKeysWorkInEitherHeaderAndAnUnknownKeyIsRefused() throws Exception {
		assertThat(post(READ, h -> h.set("X-API-Key", TestCredentials.VIEWER_KEY)).statusCode()).isEqualTo(200);
		assertThat(post(READ, h -> h.set("Authorization", "ApiKey " + TestCredentials.VIEWER_KEY)).statusCode()).isEqualTo(200);
		assertThat(post(WRITE, h -> h.set("X-API-Key", TestCredentials.VIEWER_KEY)).body()).contains("FORBIDDEN");
		assertThat(post(WRITE, h -> h.set("Authorization", "ApiKey " + TestCredentials.EDITOR_KEY)).body())
			.contains("care-area-atkomsttest");
		assertThat(post(READ, h -> h.set("X-API-Key", "not-a-key")).statusCode()).isEqualTo(401);
	}

	@Test
	void bearerTokensCarryTheirRolesAndForgedOnesAreRefused() throws Exception {
		String viewer = TestCredentials.jwt("intranet", List.of("VIEWER"));
		assertThat(post(READ, h -> h.setBearerAuth(viewer)).statusCode()).isEqualTo(200);
		assertThat(post(WRITE, h -> h.setBearerAuth(viewer)).body()).contains("FORBIDDEN");
		String editor = TestCredentials.jwt("case-system", List.of("editor"));
		assertThat(post(WRITE, h -> h.setBearerAuth(editor)).body()).contains("care-area-atkomsttest");
		// A token without any of our roles reads nothing; a token whose signature does not verify is refused.
		assertThat(post(READ, h -> h.setBearerAuth(TestCredentials.jwt("stranger", List.of("offline_access")))).statusCode())
			.isEqualTo(403);
		String forged = viewer.substring(0, viewer.lastIndexOf('.') + 1) + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(new byte[256]);
		assertThat(post(READ, h -> h.setBearerAuth(forged)).statusCode()).isEqualTo(401);
	}

	@Test
	void theAuditTrailNamesEachKindOfCaller() throws Exception {
		post(WRITE, h -> h.setBearerAuth(TestCredentials.jwt("case-system", List.of("EDITOR"))));
		post(WRITE, h -> h.set("X-API-Key", TestCredentials.EDITOR_KEY));
		String trail = post("{\"query\":\"{ auditTrail(first: 100) { edges { node { actor } } } }\"}",
				basic("admin", "admin-dev")).body();
		assertThat(trail).contains("\"actor\":\"case-system\"", "\"actor\":\"api-key:test-editor\"");
	}

	@Test
	void exportsAreForEditors() throws Exception {
		assertThat(get("/export/graph.json", h -> h.set("X-API-Key", TestCredentials.VIEWER_KEY)).statusCode()).isEqualTo(403);
		assertThat(get("/export/graph.json", h -> h.set("X-API-Key", TestCredentials.EDITOR_KEY)).statusCode()).isEqualTo(200);
	}

	@Test
	void graphiqlNeedsNoCredentialsButItsQueriesDo() throws Exception {
		assertThat(get("/graphiql", null).statusCode()).isEqualTo(200);
		assertThat(get("/graphql?query=" + java.net.URLEncoder.encode("{ documents { id } }", "UTF-8"), null).statusCode())
			.isEqualTo(401);
	}

	private static Consumer<HttpHeaders> basic(String user, String password) {
		return TestCredentials.basic(user, password);
	}

	private HttpResponse<String> post(String body, Consumer<HttpHeaders> credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return this.http.send(authenticated(request, credentials).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, Consumer<HttpHeaders> credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
		return this.http.send(authenticated(request, credentials).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder authenticated(HttpRequest.Builder request, Consumer<HttpHeaders> credentials) {
		if (credentials != null) {
			HttpHeaders headers = new HttpHeaders();
			credentials.accept(headers);
			headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
		}
		return request;
	}

}
