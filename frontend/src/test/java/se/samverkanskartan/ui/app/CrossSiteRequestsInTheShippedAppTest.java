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
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;

/**
 * What a page on another site can make a browser send with the user's credentials does nothing in the shipped
 * application: an import posted by an HTML form ({@code enctype="text/plain"}) as an administrator whose browser
 * holds a Basic login, GraphQL sent as a form or as text, a mutation over GET, a WebSocket opened from another
 * origin, and a login posted from another site without the login form's CSRF token. Pages on the allowed origin
 * may use GraphQL from a browser (CORS), without credentials beyond the headers they send. The UI's pages carry the
 * security headers, and its session cookie is {@code SameSite=Lax} and {@code HttpOnly}.
 */
@SpringBootTest(classes = se.samverkanskartan.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "samverkanskartan.security.allowed-origins=https://intranet.example.org")
@DirtiesContext
class CrossSiteRequestsInTheShippedAppTest extends ShippedAppTest {

	private static final String EVIL = "https://evil.example";

	private static final String INTRANET = "https://intranet.example.org";

	private static final String CSV = "id,name\nhospital-forfalskat,Förfalskat sjukhus\n";

	private static final String WRITE = "mutation { createNode(input: {kind: CARE_AREA, name: \"Förfalskad ändring\"}) { id } }";


	@Test
	void anImportPostedByAFormOnAnotherSiteIsRefusedWithTheReason() throws Exception {
		String[] admin = ApiCalls.basic("admin", "admin-dev");
		// What <form enctype="text/plain" method="post" action=".../import/Hospital"> sends: no Origin check passes.
		for (HttpResponse<String> refused : List.of(
				this.api.post("/import/Hospital?dryRun=false", "text/plain", CSV, with(admin, "Origin", EVIL)),
				this.api.post("/import/Hospital?dryRun=false", "text/plain", CSV, admin),
				this.api.post("/import/Hospital?dryRun=false", "application/x-www-form-urlencoded", CSV, admin),
				this.api.post("/import/Hospital?dryRun=false", "multipart/form-data; boundary=x", CSV, admin),
				this.api.post("/import/Hospital?dryRun=false", null, CSV, admin),
				this.api.post("/import/Hospital?dryRun=false", "text/csv", CSV, with(admin, "Origin", EVIL)))) {
			assertRefused(refused);
		}
		assertThat(search("Förfalskat")).as("nothing was imported").isEmpty();

		// The same file, as a script of this site or another system sends it, is read (as a trial run).
		HttpResponse<String> csv = this.api.post("/import/Hospital?dryRun=true", "text/csv", CSV, admin);
		assertThat(csv.statusCode()).as(csv.body()).isIn(200, 422);
		HttpResponse<String> sameSite = this.api.post("/import/Hospital?dryRun=true", "text/plain", CSV,
				with(admin, "Origin", "http://localhost:" + this.port));
		assertThat(sameSite.statusCode()).as(sameSite.body()).isIn(200, 422);
		HttpResponse<String> allowed = this.api.post("/import/Hospital?dryRun=true", "text/plain", CSV,
				with(admin, "Origin", "https://intranet.example.org"));
		assertThat(allowed.statusCode()).as(allowed.body()).isIn(200, 422);
	}

	@Test
	void graphQlSentAsAFormOrAsTextOrOverGetChangesNothing() throws Exception {
		String[] editor = ApiCalls.basic("editor", "editor-dev");
		String json = ApiCalls.JSON.writeValueAsString(Map.of("query", WRITE));
		// GraphQL over HTTP takes application/json only: what a form can send is a 415, from any site.
		for (HttpResponse<String> unsupported : List.of(this.api.post("/graphql", "text/plain", json, editor),
				this.api.post("/graphql", "application/x-www-form-urlencoded",
						"query=" + URLEncoder.encode(WRITE, StandardCharsets.UTF_8), editor))) {
			assertThat(unsupported.statusCode()).as(unsupported.body()).isEqualTo(415);
		}
		assertRefused(this.api.post("/graphql", "text/plain", json, with(editor, "Origin", EVIL)));
		assertRefused(this.api.post("/graphql", "application/json", json, with(editor, "Origin", EVIL)));
		HttpResponse<String> get = this.api.get("/graphql?query=" + URLEncoder.encode(WRITE, StandardCharsets.UTF_8), editor);
		assertThat(get.statusCode()).isEqualTo(405);
		assertThat(search("Förfalskad")).as("no mutation ran").isEmpty();

		HttpResponse<String> real = this.api.graphQl("{ node(id: \"hospital-sus\") { name } }", editor);
		assertThat(real.statusCode()).isEqualTo(200);
	}

	@Test
	void aWebSocketOpenedFromAnotherSiteIsRefused() throws Exception {
		URI socket = URI.create("ws://localhost:" + this.port + "/graphql");
		assertThatThrownBy(() -> GraphQlWebSocket.connectWith(socket, "X-API-Key", TestCredentials.VIEWER_KEY, "Origin", EVIL))
			.hasCauseInstanceOf(WebSocketHandshakeException.class)
			.cause()
			.satisfies(ex -> assertThat(((WebSocketHandshakeException) ex).getResponse().statusCode()).isEqualTo(403));
	}

	/** A browser asks before a script on another origin may POST JSON with an API key: no credentials go with it. */
	@Test
	void aPreflightFromAnAllowedOriginIsAnsweredWithoutCredentialsAndFromAnotherOriginIsRefused() throws Exception {
		String[] preflight = { "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
				"content-type,x-api-key,authorization" };
		HttpResponse<String> allowed = this.api.options("/graphql", with(preflight, "Origin", INTRANET));
		assertThat(allowed.statusCode()).as(allowed.body()).isIn(200, 204);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(INTRANET);
		assertThat(String.join(",", allowed.headers().allValues("Access-Control-Allow-Methods")))
			.contains("GET", "POST", "OPTIONS").doesNotContain("PUT", "DELETE");
		assertThat(String.join(",", allowed.headers().allValues("Access-Control-Allow-Headers")).toLowerCase(Locale.ROOT))
			.contains("content-type", "x-api-key", "authorization");
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).as("no credentials").isEmpty();
		assertThat(allowed.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));

		HttpResponse<String> evil = this.api.options("/graphql", with(preflight, "Origin", EVIL));
		assertThat(evil.statusCode()).isEqualTo(403);
		assertThat(evil.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(evil.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
		assertRefused(evil);
	}

	/** A script on an allowed origin reads and writes with its credentials in a header; one elsewhere reads nothing. */
	@Test
	void aPageOnAnAllowedOriginReadsAndWritesAndAPageElsewhereGetsNoCorsHeaders() throws Exception {
		String[] editor = ApiCalls.basic("editor", "editor-dev");
		String read = "/graphql?query=" + URLEncoder.encode("{ node(id: \"hospital-sus\") { name } }", StandardCharsets.UTF_8);
		for (HttpResponse<String> answer : List.of(this.api.get(read, with(editor, "Origin", INTRANET)),
				this.api.post("/graphql", "application/json", ApiCalls.JSON.writeValueAsString(Map.of("query",
						"mutation { createNode(input: {kind: CARE_AREA, name: \"Från intranätet\"}) { id } }")),
						with(editor, "Origin", INTRANET)))) {
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			assertThat(ApiCalls.json(answer).path("errors").isMissingNode()).as(answer.body()).isTrue();
			assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue(INTRANET);
			assertThat(answer.headers().allValues("Access-Control-Expose-Headers")).anySatisfy(v -> assertThat(v).contains("ETag"));
			assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
			assertThat(answer.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
		}
		assertThat(search("Från intranätet")).hasSize(1);

		HttpResponse<String> elsewhere = this.api.get(read, with(editor, "Origin", EVIL));
		assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).as("a browser hides the answer").isEmpty();
		assertThat(elsewhere.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
	}

	@Test
	void aLoginPostedFromAnotherSiteWithoutTheFormsTokenSignsNobodyIn() throws Exception {
		HttpResponse<String> forged = this.api.post("/login", "application/x-www-form-urlencoded",
				"username=admin&password=admin-dev", "Origin", EVIL);
		// Refused for the missing token: back to the login page, never on into the application as a signed-in user.
		assertThat(forged.statusCode()).isIn(302, 403);
		assertThat(forged.headers().allValues("Location"))
			.allSatisfy(location -> assertThat(URI.create(location).getPath()).startsWith("/login"));
	}

	@Test
	void theUisPagesCarryTheSecurityHeadersAndASameSiteSessionCookie() throws Exception {
		for (String path : List.of("/", "/login")) {
			HttpResponse<String> page = this.api.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'",
						"object-src 'none'", "form-action 'self'"));
			assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		}
		List<String> cookies = this.api.get("/login").headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
			.satisfies(session -> assertThat(session).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
	}

	private List<String> search(String text) throws Exception {
		JsonNode hits = ApiCalls.json(this.api.graphQl("{ search(text: \"" + text + "\") { node { id } } }",
				ApiCalls.basic("editor", "editor-dev")));
		List<String> ids = new java.util.ArrayList<>();
		hits.at("/data/search").forEach(hit -> ids.add(hit.at("/node/id").asString()));
		return ids;
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
		JsonNode error = ApiCalls.json(response).path("errors").path(0);
		assertThat(error.at("/extensions/classification").asString()).isEqualTo("FORBIDDEN");
		assertThat(error.path("message").asString()).containsAnyOf("another site", "a form on any site can send");
	}

	private static String[] with(String[] headers, String name, String value) {
		String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
		all[headers.length] = name;
		all[headers.length + 1] = value;
		return all;
	}

}
