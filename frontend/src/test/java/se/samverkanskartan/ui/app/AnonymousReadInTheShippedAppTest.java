package se.samverkanskartan.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;

/**
 * Anonymous read switched on in the shipped application, as the README says (a presentation screen): anyone reads
 * public facts over HTTP and the graphql-ws WebSocket, nobody writes or downloads anonymously, and wrong
 * credentials are still refused rather than taken for anonymous.
 */
@SpringBootTest(classes = se.samverkanskartan.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		args = { "--samverkanskartan.security.anonymous-read=true",
				"--samverkanskartan.security.api-keys[0].name=intranet",
				"--samverkanskartan.security.api-keys[0].sha256=" + TestCredentials.VIEWER_KEY_SHA256,
				"--samverkanskartan.security.api-keys[0].roles=VIEWER" })
// Its own embedded database, closed after the class, so that it does not stay open beside the other tests' ones.
@DirtiesContext
class AnonymousReadInTheShippedAppTest extends ShippedAppTest {

	private static final String READ = "{ node(id: \"hospital-sus\") { name } }";

	private static final String SUS = "Skånes universitetssjukhus";

	@Test
	void anonymousCallersReadPublicFactsButNotInternalOnes() throws Exception {
		HttpResponse<String> read = this.api.graphQl(READ);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(ApiCalls.json(read).path("data").path("node").path("name").asString()).isEqualTo(SUS);

		String hidden = ApiCalls.json(this.api.graphQl(
				"mutation { createNode(input: {kind: CARE_AREA, name: \"Internt vid visning\", internal: true}) { id } }",
				ApiCalls.basic("editor", "editor-dev"))).path("data").path("createNode").path("id").asString();
		assertThat(hidden).isNotBlank();
		JsonNode anonymous = ApiCalls.json(this.api.graphQl("{ node(id: \"" + hidden + "\") { name } }"));
		assertThat(anonymous.path("data").path("node").isNull()).as(anonymous.toString()).isTrue();
	}

	@Test
	void anonymousCallersNeverWrite() throws Exception {
		JsonNode refused = ApiCalls.json(
				this.api.graphQl("mutation { createNode(input: {kind: CARE_AREA, name: \"Anonym ändring\"}) { id } }"));
		assertThat(refused.path("data").path("createNode").path("id").isMissingNode()).as(refused.toString()).isTrue();
		assertThat(refused.path("errors").path(0).path("extensions").path("classification").asString())
			.isEqualTo("UNAUTHORIZED");
	}

	@Test
	void downloadsStillNeedTheirRoles() throws Exception {
		for (String path : new String[] { "/export/graph.json", "/import/template/Hospital.csv" }) {
			HttpResponse<String> refused = this.api.get(path);
			assertThat(refused.statusCode()).as(path).isEqualTo(401);
			assertThat(refused.headers().firstValue("Location")).isEmpty();
		}
	}

	@Test
	void wrongCredentialsAreRefusedNotTakenForAnonymous() throws Exception {
		assertThat(this.api.graphQl(READ, ApiCalls.basic("viewer", "wrong")).statusCode()).isEqualTo(401);
		assertThat(this.api.graphQl(READ, "X-API-Key", "not-the-key").statusCode()).isEqualTo(401);
		assertThat(this.api.graphQl(READ, "X-API-Key", TestCredentials.VIEWER_KEY).statusCode()).isEqualTo(200);
	}

	@Test
	void theGraphQlWebSocketAnswersAnonymousReaders() throws Exception {
		try (GraphQlWebSocket client = GraphQlWebSocket.connect(URI.create("ws://localhost:" + this.port + "/graphql"),
				null, null)) {
			assertThat(client.first("1", READ).path("data").path("node").path("name").asString()).isEqualTo(SUS);
		}
	}

}
