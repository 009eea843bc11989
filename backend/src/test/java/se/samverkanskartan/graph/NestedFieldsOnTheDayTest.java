package se.samverkanskartan.graph;

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
 * The fields under a query that takes {@code asOf} answer for that day too: a region's hospitals and relationships
 * on a day are those in force that day. A hospital that Region Skåne ran from 2000 to 2010 is among its hospitals in
 * 2005 and not in 2024; {@code node(id:)}, which takes no day, shows the relationship whatever its dates.
 */
@GraphApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NestedFieldsOnTheDayTest {

	private static final String HOSPITAL = "test-day-closed-hospital";

	private static final String OPERATES = "test-day-closed-operates";

	private static final String REGION = """
			query region($asOf: Date) {
			  regions(asOf: $asOf) { id hospitals { id } relations { id } }
			  hospitals(asOf: $asOf, first: 100) { edges { node { id region { id } } } }
			}""";

	@LocalServerPort
	int port;

	@BeforeAll
	void aHospitalRunForTenYears() {
		HttpGraphQlTester editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		editor.documentName("createNode").variable("input", Map.of("kind", "HOSPITAL", "id", HOSPITAL, "name",
				"Tioårssjukhuset", "validFrom", "2000")).execute().errors().verify();
		editor.documentName("createRelation").variable("input", Map.of("type", "OPERATES", "id", OPERATES, "from",
				"region-skane", "to", HOSPITAL, "validFrom", "2000", "validTo", "2010")).execute().errors().verify();
	}

	@Test
	void aRegionsHospitalsAndRelationsAreThoseOfTheDayAsked() {
		GraphQlTester.Response then = region("2005-06-01");
		then.path("regions[?(@.id == 'region-skane')].hospitals[*].id").entityList(String.class).contains(HOSPITAL);
		then.path("regions[?(@.id == 'region-skane')].relations[*].id").entityList(String.class).contains(OPERATES);
		then.path("hospitals.edges[?(@.node.id == '" + HOSPITAL + "')].node.region.id").entityList(String.class)
			.containsExactly("region-skane");

		GraphQlTester.Response now = region("2024-06-01");
		now.path("regions[?(@.id == 'region-skane')].hospitals[*].id").entityList(String.class)
			.doesNotContain(HOSPITAL).contains("hospital-sus");
		now.path("regions[?(@.id == 'region-skane')].relations[*].id").entityList(String.class).doesNotContain(OPERATES);
		now.path("hospitals.edges[?(@.node.id == '" + HOSPITAL + "')].node.region").entityList(Object.class)
			.containsExactly((Object) null);
	}

	@Test
	void withoutADayEveryRelationshipIsShown() {
		TestCredentials.graphQl(this.port, TestCredentials.viewerKey())
			.document("{ node(id: \"region-skane\") { relations { id } } }")
			.execute()
			.path("node.relations[*].id").entityList(String.class).contains(OPERATES);
	}

	private GraphQlTester.Response region(String day) {
		GraphQlTester.Response response = TestCredentials.graphQl(this.port, TestCredentials.viewerKey())
			.document(REGION).variables(Map.of("asOf", day)).execute();
		response.errors().verify();
		return response;
	}

}
