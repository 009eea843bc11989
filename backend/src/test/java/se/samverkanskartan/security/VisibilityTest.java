package se.samverkanskartan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * Internal facts and draft agreements reach editors and administrators only, in every read: a flow marked internal
 * from Lindesberg to SUS, governed by a draft agreement, and an internal relationship between two public nodes.
 */
@GraphApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityTest {

	private static final String FLOW = "flow-test-kvastfening";

	private static final String DRAFT = "agreement-test-kvastfening-utkast";

	private static final String INTERNAL_RELATION = "test-internal-participation";

	@LocalServerPort
	int port;

	@BeforeAll
	void createInternalFacts() {
		HttpGraphQlTester editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		create(editor, "createNode", Map.of("kind", "FLOW", "id", FLOW, "name", "Kvastfening flöde", "internal", true,
				"validFrom", "2020", "properties", List.of(Map.of("name", "subject", "value", "PATIENTS"))));
		create(editor, "createNode", Map.of("kind", "AGREEMENT", "id", DRAFT, "name", "Kvastfening avtalsutkast",
				"validFrom", "2020", "properties", List.of(Map.of("name", "status", "value", "DRAFT"),
						Map.of("name", "binding", "value", "true"))));
		create(editor, "createRelation", Map.of("type", "FROM", "from", FLOW, "to", "hospital-lindesberg"));
		create(editor, "createRelation", Map.of("type", "TO", "from", FLOW, "to", "hospital-sus"));
		create(editor, "createRelation", Map.of("type", "GOVERNS", "from", DRAFT, "to", FLOW));
		create(editor, "createRelation", Map.of("type", "PARTY_TO", "id", "test-draft-party", "from", "region-orebro",
				"to", DRAFT));
		create(editor, "createRelation", Map.of("type", "PARTICIPATES_IN", "id", INTERNAL_RELATION, "from",
				"hospital-lindesberg", "to", "group-skane-opti", "internal", true));
		// One run first: the first run of each of the document's Cypher queries compiles it, and on a busy machine
		// the compiling alone can pass the 10 s time limit; the reads below are about what they show, not that.
		try {
			editor.documentName("visibility").variables(variables()).execute();
		}
		catch (AssertionError timedOut) {
			// Even a run stopped by the limit has compiled what it ran.
		}
	}

	@Test
	void viewersSeeNoneOfThemAnywhere() {
		String all = visibility(TestCredentials.viewerKey());
		assertThat(all).doesNotContain(FLOW).doesNotContain(DRAFT).doesNotContain(INTERNAL_RELATION)
			.doesNotContain("test-draft-party");
		// The public facts around them are still there.
		assertThat(all).contains("hospital-lindesberg", "hospital-sus", "region-orebro");
	}

	@Test
	void editorsAndAdministratorsSeeThemEverywhere() {
		for (var credentials : List.of(TestCredentials.editorKey(), TestCredentials.basic("admin", "admin-dev"),
				TestCredentials.bearer(TestCredentials.jwt("jwt-admin", List.of("admin"))))) {
			GraphQlTester.Response response = TestCredentials.graphQl(this.port, credentials).documentName("visibility")
				.variables(variables()).execute();
			response.path("node.id").entity(String.class).isEqualTo(FLOW);
			response.path("nodes[*].id").entityList(String.class).containsExactly(FLOW, DRAFT);
			response.path("search[*].node.id").entityList(String.class).contains(FLOW, DRAFT);
			response.path("network.nodes[*].id").entityList(String.class).contains(FLOW, DRAFT);
			response.path("neighbourhood.nodes[*].id").entityList(String.class).contains(FLOW);
			response.path("agreementGaps.derived[*].cooperation.id").entityList(String.class).contains(FLOW);
			response.path("agreements.edges[*].node.id").entityList(String.class).contains(DRAFT);
			response.path("flows.edges[*].node.id").entityList(String.class).contains(FLOW);
			response.path("hospital.relations[*].id").entityList(String.class).contains(INTERNAL_RELATION);
			response.path("cooperation.flows[*].id").entityList(String.class).contains(FLOW);
			response.path("cooperation.agreements[*].id").entityList(String.class).contains(DRAFT);
			response.path("timeline[*].node.id").entityList(String.class).contains(FLOW);
		}
	}

	@Test
	void anAgreementWithoutAStatusIsNoDraftAndViewersSeeIt() {
		String id = "agreement-test-utan-status";
		create(TestCredentials.graphQl(this.port, TestCredentials.editorKey()), "createNode", Map.of("kind", "AGREEMENT",
				"id", id, "name", "Kvastfening avtal utan status", "provenance", "INFERRED", "reason", "Test"));
		HttpGraphQlTester viewer = TestCredentials.graphQl(this.port, TestCredentials.viewerKey());
		viewer.document("{ node(id: \"" + id + "\") { id } }").execute().path("node.id").entity(String.class).isEqualTo(id);
		viewer.document("{ search(text: \"Kvastfening avtal utan status\") { node { id } } }").execute()
			.path("search[*].node.id").entityList(String.class).contains(id);
	}

	@Test
	void theAuditTrailOfInternalFactsIsForEditorsToo() {
		TestCredentials.graphQl(this.port, TestCredentials.viewerKey()).documentName("auditTrail")
			.variable("entityId", FLOW).execute().path("auditTrail.edges").entityList(Object.class).hasSize(0);
		TestCredentials.graphQl(this.port, TestCredentials.editorKey()).documentName("auditTrail")
			.variable("entityId", FLOW).execute().path("auditTrail.edges").entityList(Object.class).hasSizeGreaterThan(2);
	}

	private String visibility(java.util.function.Consumer<org.springframework.http.HttpHeaders> credentials) {
		GraphQlTester.Response response = TestCredentials.graphQl(this.port, credentials).documentName("visibility")
			.variables(variables()).execute();
		response.path("node").valueIsNull();
		response.path("nodes").entityList(Object.class).containsExactly(null, null);
		return String.valueOf(response.returnResponse().<Object>getData());
	}

	private static Map<String, Object> variables() {
		return Map.of("id", FLOW, "ids", List.of(FLOW, DRAFT), "text", "Kvastfening", "hospital", "hospital-lindesberg",
				"asOf", "2024-06-01");
	}

	private static void create(HttpGraphQlTester editor, String document, Map<String, Object> input) {
		editor.documentName(document).variable("input", input).execute().errors().verify();
	}

}
