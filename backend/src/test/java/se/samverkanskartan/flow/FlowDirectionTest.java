package se.samverkanskartan.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * A flow whose sources say only "mellan A och B" runs between its places: no FROM or TO in the API, an edge that
 * says it is not directed on the map, and an inferred place carries its reason.
 */
@GraphApplicationTest
class FlowDirectionTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = TestCredentials.graphQl(this.port, TestCredentials.viewerKey());
	}

	@Test
	void theOrthopaedicRedistributionBetweenSusTrelleborgAndYstadStatesNoDirection() {
		var result = this.graphQl.documentName("flowDirection").variable("id", "flow-sus-trelleborg-ystad-akut-ortopedi")
			.execute();
		result.path("node.directionKnown").entity(Boolean.class).isEqualTo(false);
		result.path("node.from").entityList(Object.class).hasSize(0);
		result.path("node.to").entityList(Object.class).hasSize(0);
		assertThat(result.path("node.between[*].id").entityList(String.class).get())
			.containsExactlyInAnyOrder("hospital-sus", "hospital-trelleborg", "hospital-ystad");
		assertThat(result.path("network.edges[?(@.type == 'BETWEEN')].directed").entityList(Boolean.class).get())
			.isNotEmpty().containsOnly(false);
		assertThat(result.path("network.edges[?(@.type == 'FROM')].directed").entityList(Boolean.class).get())
			.isNotEmpty().containsOnly(true);
		assertThat(result.path("vocabulary.relationTypes[?(@.type == 'BETWEEN')].directed").entityList(Boolean.class).get())
			.containsExactly(false);
	}

	@Test
	void theGapAnalysisCountsThePlacesAFlowRunsBetween() {
		var result = this.graphQl.documentName("flowGaps").variable("id", "flow-delprojekt-28-urologi").execute();
		result.path("node.between[*].id").entityList(String.class).containsExactly("hr-sodra");
		// Between places of the healthcare region, so between its member regions: the stated gap names all four.
		assertThat(result.path("agreementGaps.stated[?(@.cooperation.id == 'flow-delprojekt-28-urologi')].organisations[*].id")
			.entityList(String.class).get())
			.containsExactlyInAnyOrder("region-skane", "region-blekinge", "region-kronoberg", "region-halland");
		// Within one region, a flow without a stated direction crosses no border.
		assertThat(result.path("agreementGaps.derived[*].cooperation.id").entityList(String.class).get())
			.doesNotContain("flow-sus-trelleborg-ystad-akut-ortopedi", "flow-orebro-akut-kirurgi-fran-lindesberg");
	}

	@Test
	void anInferredPlaceOfAFlowSaysWhyItFollows() {
		var result = this.graphQl.documentName("flowDirection").variable("id", "flow-orebro-akut-kirurgi-fran-lindesberg")
			.execute();
		result.path("node.from").entityList(Object.class).hasSize(0);
		List<String> reasons = result.path("node.relations[?(@.provenance == 'INFERRED')].reason").entityList(String.class).get();
		assertThat(reasons).isNotEmpty().allSatisfy(reason -> assertThat(reason).isNotBlank());
		assertThat(result.path("node.relations[?(@.provenance == 'STATED')].reason").entityList(Object.class).get())
			.containsOnlyNulls();
	}

}
