package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * An id in a filter argument that names nothing, or names a node of another kind, is an error that names the argument
 * and says why: an empty answer would read as "nothing matches", and a client with a typo would never learn of it.
 */
@GraphApplicationTest
class UnknownIdArgumentsTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester viewer;

	@BeforeEach
	void connect() {
		this.viewer = TestCredentials.graphQl(this.port, TestCredentials.viewerKey());
	}

	@Test
	void anIdNoNodeHasIsRefusedNamingTheArgument() {
		refused(this.viewer, "{ hospitals(region: \"nope\") { edges { cursor } } }", "region",
				"region: no Region has the id 'nope'");
		refused(this.viewer, "{ network(regions: [\"region-skane\", \"region-nope\"]) { nodes { id } } }", "regions",
				"regions: no Region has the id 'region-nope'");
		refused(this.viewer, "{ neighbourhood(id: \"assignment-nope\") { nodes { id } } }", "id",
				"id: no node has the id 'assignment-nope'");
		refused(this.viewer, "{ flows(careArea: \"care-nope\") { edges { cursor } } }", "careArea",
				"careArea: no CareArea has the id 'care-nope'");
		refused(this.viewer, "{ agreementGaps(region: \"region-nope\") { stated { reason } } }", "region",
				"region: no Region has the id 'region-nope'");
	}

	@Test
	void anIdOfAnotherKindIsRefusedSayingWhatItIs() {
		refused(this.viewer, "{ cooperation(hospital: \"region-skane\") { hospital { id } } }", "hospital",
				"hospital: 'region-skane' is a Region, not a Hospital");
		refused(this.viewer, "{ regions(healthcareRegion: \"region-skane\") { id } }", "healthcareRegion",
				"healthcareRegion: 'region-skane' is a Region, not a HealthcareRegion");
		refused(this.viewer, "{ agreements(party: \"care-urologi\") { edges { cursor } } }", "party",
				"party: 'care-urologi' is a CareArea, not a Region, Municipality, Hospital, PrivateProvider or Body");
	}

	@Test
	void theRefusalCarriesACodeAndTheIdForAClientToSayItInItsOwnLanguage() {
		this.viewer.document("{ network(regions: [\"region-nope\"]) { nodes { id } } }").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getExtensions())
				.containsEntry("problem", "unknownId").containsEntry("arguments", List.of("region-nope"))));
		this.viewer.document("{ cooperation(hospital: \"region-skane\") { hospital { id } } }").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getExtensions())
				.containsEntry("problem", "wrongKind")
				.containsEntry("arguments", List.of("region-skane", "REGION"))));
	}

	@Test
	void knownIdsStillAnswer() {
		this.viewer.document("{ hospitals(region: \"region-skane\") { edges { cursor } } }").execute()
			.path("hospitals.edges").entityList(Object.class).satisfies(edges -> assertThat(edges).isNotEmpty());
		this.viewer.document("{ network(regions: [\"region-skane\"], careAreas: [\"care-urologi\"]) { nodes { id } } }")
			.execute().path("network.nodes").entityList(Object.class).satisfies(nodes -> assertThat(nodes).isNotEmpty());
		this.viewer.document("{ cooperation(hospital: \"hospital-sus\") { hospital { id } } }").execute()
			.path("cooperation.hospital.id").entity(String.class).isEqualTo("hospital-sus");
	}

	/** An internal node is unknown to a viewer, so the refusal says nothing about what the viewer may not see. */
	@Test
	void anInternalNodeIsUnknownToAViewerAndKnownToAnEditor() {
		HttpGraphQlTester editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		String id = editor.document("mutation { createNode(input: {kind: CARE_AREA, name: \"Internt område\", internal: true}) { id } }")
			.execute().path("createNode.id").entity(String.class).get();
		String query = "{ groups(careArea: \"%s\") { edges { cursor } } }".formatted(id);
		refused(this.viewer, query, "careArea", "careArea: no CareArea has the id '" + id + "'");
		editor.document(query).execute().path("groups.edges").entityList(Object.class).hasSize(0);
	}

	private static void refused(HttpGraphQlTester client, String query, String argument, String message) {
		client.document(query).execute().errors().satisfy(errors -> assertThat(errors).as(query).singleElement()
			.satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", argument);
				assertThat(error.getMessage()).isEqualTo(message);
			}));
	}

}
