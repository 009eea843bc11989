package se.samverkanskartan.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/** What editing refuses beyond the form of the input: numbers out of their range. */
@GraphApplicationTest
class EditValidationTest {

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
		// Within the ranges, the same properties are taken.
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "HOSPITAL", "name", "Sjukhus i Kiruna", "properties",
					List.of(property("latitude", "67.85"), property("longitude", "20.22"))))
			.execute().path("createNode.id").entity(String.class).isEqualTo("hospital-sjukhus-i-kiruna");
	}

	private static Map<String, Object> property(String name, String value) {
		return Map.of("name", name, "value", value);
	}

}
