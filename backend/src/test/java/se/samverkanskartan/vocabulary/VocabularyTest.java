package se.samverkanskartan.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/** The vocabulary through HTTP, as a client that builds its forms and filters from it reads it. */
@GraphApplicationTest
class VocabularyTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = TestCredentials.graphQl(this.port, TestCredentials.viewerKey());
	}

	@Test
	void everyKindComesWithItsOwnPropertiesInOrder() {
		var vocabulary = this.graphQl.documentName("vocabulary").execute();
		List<String> kinds = vocabulary.path("vocabulary.kinds[*].kind").entityList(String.class).get();
		assertThat(kinds).startsWith("HEALTHCARE_REGION", "REGION").contains("DOCUMENT").hasSize(18);
		assertThat(vocabulary.path("vocabulary.kinds[?(@.kind == 'DOCUMENT')].properties[*].name")
			.entityList(String.class).get()).containsExactly("documentKind", "file", "url", "publisher", "date", "ocr",
				"diarienummer");
		String latitude = "vocabulary.kinds[?(@.kind == 'HOSPITAL')].properties[?(@.name == 'latitude')]";
		assertThat(vocabulary.path(latitude + ".type").entityList(String.class).get()).containsExactly("DECIMAL");
		assertThat(vocabulary.path(latitude + ".maximum").entityList(Double.class).get()).containsExactly(90.0);
		assertThat(vocabulary.path("vocabulary.kinds[?(@.kind == 'AGREEMENT')].properties[?(@.name == 'status')].choices")
			.entityList(List.class).get()).containsExactly(List.of("IN_FORCE", "STATED_MISSING", "DRAFT", "EXPIRED"));
		assertThat(vocabulary.path("vocabulary.kinds[?(@.organisation == true)].kind").entityList(String.class).get())
			.containsExactlyInAnyOrder("REGION", "MUNICIPALITY", "PRIVATE_PROVIDER");
	}

	@Test
	void theKindsAMapDrawsInItsOverviewComeInTheirOrderAndTheRestAreFoldedIntoCounts() {
		var vocabulary = this.graphQl.documentName("vocabulary").execute();
		List<Map<String, Object>> kinds = vocabulary.path("vocabulary.kinds").entityList(Map.class).get().stream()
			.map(k -> (Map<String, Object>) k).toList();
		assertThat(kinds.stream().filter(k -> k.get("overviewRank") != null)
			.sorted(Comparator.comparing(k -> (Integer) k.get("overviewRank"))).map(k -> k.get("kind")))
			.containsExactly("HEALTHCARE_REGION", "REGION", "HOSPITAL", "PRIVATE_PROVIDER", "GROUP", "FLOW", "AGREEMENT");
		assertThat(kinds).filteredOn(k -> k.get("overviewRank") == null).extracting(k -> k.get("kind"))
			.contains("ASSIGNMENT", "DECISION", "UNIT", "DOCUMENT");
		assertThat(kinds).filteredOn(k -> Boolean.TRUE.equals(k.get("landmark"))).extracting(k -> k.get("kind"))
			.containsExactly("HEALTHCARE_REGION", "REGION", "HOSPITAL");
	}

	@Test
	void relationTypesSayWhichKindsTheyJoin() {
		var vocabulary = this.graphQl.documentName("vocabulary").execute();
		String partyTo = "vocabulary.relationTypes[?(@.type == 'PARTY_TO')]";
		assertThat(vocabulary.path(partyTo + ".to").entityList(List.class).get()).containsExactly(List.of("AGREEMENT"));
		assertThat(vocabulary.path(partyTo + ".from").entityList(List.class).get().getFirst())
			.containsExactly("REGION", "MUNICIPALITY", "HOSPITAL", "PRIVATE_PROVIDER", "BODY");
		assertThat(vocabulary.path("vocabulary.relationTypes[?(@.type == 'TARGETS')].properties[0].choices")
			.entityList(List.class).get().getFirst()).contains("INCREASE", "FOLLOW_UP");
	}

	@Test
	void closedSetsAreTheSchemasEnumsWithTheirDescriptions() {
		var vocabulary = this.graphQl.documentName("vocabulary").execute();
		assertThat(vocabulary.path("vocabulary.valueSets[?(@.name == 'GapKind')].values[*].name")
			.entityList(String.class).get()).containsExactly("STATED", "DERIVED");
		assertThat(vocabulary.path("vocabulary.valueSets[?(@.name == 'AgreementStatus')].values[*].name")
			.entityList(String.class).get()).containsExactly("IN_FORCE", "STATED_MISSING", "DRAFT", "EXPIRED");
		assertThat(vocabulary.path("vocabulary.valueSets[*].name").entityList(String.class).get())
			.contains("NodeKind", "RelationType", "AssignmentStatus", "Provenance").noneMatch(n -> n.startsWith("__"));
	}

	@Test
	void aNodeShowsItsStoredPropertiesInTheShapeThatIsSentBack() {
		var node = this.graphQl.documentName("nodeProperties").variable("id", "hospital-sus").execute();
		List<Map<String, Object>> properties = node.path("node.properties").entityList(Map.class).get().stream()
			.map(p -> (Map<String, Object>) p).toList();
		assertThat(properties).extracting(p -> p.get("name")).startsWith("sites").contains("latitude", "longitude");
		assertThat(properties).filteredOn(p -> "sites".equals(p.get("name"))).singleElement()
			.satisfies(p -> assertThat((List<?>) p.get("values")).isNotEmpty());
		assertThat(properties).filteredOn(p -> "latitude".equals(p.get("name"))).singleElement()
			.satisfies(p -> assertThat(Double.parseDouble((String) p.get("value"))).isBetween(55.0, 56.0));
	}

}
