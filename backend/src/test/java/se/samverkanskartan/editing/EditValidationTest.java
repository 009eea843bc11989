package se.samverkanskartan.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * What editing refuses beyond the form of the input: numbers out of their range, a quote that does not stand where
 * it is cited, and, in a request with several mutations, a refusal that leaves the others' results in the answer.
 */
@GraphApplicationTest
class EditValidationTest {

	private static final String DOCUMENT = "doc-orebro-utvecklingsplan";

	@LocalServerPort
	int port;

	HttpGraphQlTester editor;

	HttpGraphQlTester viewer;

	@BeforeEach
	void connect() {
		this.editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		this.viewer = TestCredentials.graphQl(this.port, TestCredentials.viewerKey());
	}

	@Test
	void coordinatesAndCountsOutOfRangeAreRefusedNamingTheProperty() {
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "HOSPITAL", "name", "Sjukhus i rymden", "properties",
					List.of(property("latitude", "999"), property("longitude", "-180.5"))))
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).extracting(error -> error.getExtensions().get("field"))
					.containsExactlyInAnyOrder("properties.latitude", "properties.longitude");
				assertThat(errors).allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
				assertThat(errors).anySatisfy(error -> assertThat(error.getMessage())
					.isEqualTo("properties.latitude: must be a decimal number between -90 and 90, was '999'"));
			});
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "GROUP", "name", "Negativ grupp", "properties",
					List.of(property("groupKind", "TEAM"), property("count", "-2"))))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).startsWith("properties.count: must be a whole number between 0")));
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "HOSPITAL", "name", "Sjukhus utan läge", "properties",
					List.of(property("latitude", "NaN"))))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("field", "properties.latitude")));
		// Within the ranges, the same properties are taken; the hospital goes again, as other tests count hospitals.
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "HOSPITAL", "name", "Sjukhus i Kiruna", "properties",
					List.of(property("latitude", "67.85"), property("longitude", "20.22"))))
			.execute().path("createNode.id").entity(String.class).isEqualTo("hospital-sjukhus-i-kiruna");
		this.editor.documentName("deleteNode").variable("id", "hospital-sjukhus-i-kiruna").variable("version", 1)
			.execute().path("deleteNode").entity(String.class).isEqualTo("hospital-sjukhus-i-kiruna");
	}

	@Test
	void aQuoteFromASourceDocumentMustStandOnTheLinesItCites() {
		String unit = create("Citatenhet");
		// The quote stands on line 12, not on line 6.
		attach(unit, EditingTest.QUOTE, 6).satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("field", "quote");
			assertThat(error.getMessage()).contains("does not stand in lines 6 of '" + DOCUMENT + "'");
		}));
		attach(unit, EditingTest.QUOTE, 5000).satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("field", "line");
			assertThat(error.getMessage()).contains("lines 5000 are outside '" + DOCUMENT + "'");
		}));
		attach(unit, "Ett citat som inte står någonstans", null).satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("field", "quote")));
		var state = this.viewer.documentName("nodeState").variable("id", unit).execute();
		state.path("node.unsourced").entity(Boolean.class).isEqualTo(true);
		state.path("node.version").entity(Integer.class).isEqualTo(1);

		this.editor.documentName("attachEvidence")
			.variable("input", Map.of("targetId", unit, "version", 1, "document", DOCUMENT, "quote", EditingTest.QUOTE,
					"locator", "rad 12", "line", 12))
			.execute().path("attachEvidence.quote").entity(String.class).isEqualTo(EditingTest.QUOTE);
	}

	@Test
	void whenTheSecondOfTwoMutationsIsRefusedTheFirstOnesResultComesBack() {
		var response = this.editor.document("""
				mutation {
				  first: createNode(input: {kind: CARE_AREA, name: "Först i paret"}) { id version }
				  second: createNode(input: {kind: CARE_AREA, id: "Not A Slug", name: "Andra i paret"}) { id }
				}""").execute();
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getPath()).isEqualTo("second");
			assertThat(error.getExtensions()).containsEntry("field", "id");
		}));
		response.path("first.id").entity(String.class).isEqualTo("care-area-forst-i-paret");
		response.path("first.version").entity(Integer.class).isEqualTo(1);
		response.path("second").valueIsNull();
		this.viewer.documentName("nodeState").variable("id", "care-area-forst-i-paret").execute()
			.path("node.name").entity(String.class).isEqualTo("Först i paret");
	}

	private GraphQlTester.Errors attach(String target, String quote, Integer line) {
		Map<String, Object> input = new HashMap<>(Map.of("targetId", target, "version", 1, "document", DOCUMENT,
				"quote", quote, "locator", "rad " + line));
		if (line != null) {
			input.put("line", line);
		}
		return this.editor.documentName("attachEvidence").variable("input", input).execute().errors();
	}

	private String create(String name) {
		return this.editor.documentName("createNode").variable("input", Map.of("kind", "UNIT", "name", name))
			.execute().path("createNode.id").entity(String.class).get();
	}

	private static Map<String, Object> property(String name, String value) {
		return Map.of("name", name, "value", value);
	}

}
