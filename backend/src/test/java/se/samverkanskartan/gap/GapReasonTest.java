package se.samverkanskartan.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * A gap's reason says no more than the data: an agreement whose sources do not say whether it binds is named as
 * such, not called non-binding, and one marked as not binding is called so.
 */
@GraphApplicationTest
class GapReasonTest {

	private static final String VISAM = "group-orebro-visam";

	@LocalServerPort
	int port;

	@Test
	void anAgreementNoSourceCallsBindingOrNotIsNamedAsOpenNotAsNonBinding() {
		HttpGraphQlTester editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		String open = agreement(editor, "Överenskommelse om ViSam, bindning okänd", null);
		String recommendation = agreement(editor, "Rekommendation om ViSam", "false");
		try {
			String reason = editor.document("""
					{ agreementGaps(region: "region-orebro") { derived { cooperation { id } reason } } }""")
				.execute().path("agreementGaps.derived[?(@.cooperation.id == '" + VISAM + "')].reason")
				.entityList(String.class).get().getFirst();
			assertThat(reason)
				.contains("Om det är bindande säger källorna inte: Överenskommelse om ViSam, bindning okänd.")
				.contains("Det som finns är inte bindande: Rekommendation om ViSam")
				.doesNotContain("inte bindande: Överenskommelse om ViSam");
		}
		finally {
			for (String id : List.of(open, recommendation)) {
				editor.document("mutation($id: ID!, $version: Int!) { deleteNode(id: $id, version: $version) }")
					.variable("id", id).variable("version", version(editor, id)).execute()
					.path("deleteNode").entity(String.class).isEqualTo(id);
			}
		}
	}

	/** An agreement in force that governs ViSam, with {@code binding} as given (absent when null). */
	private static String agreement(HttpGraphQlTester editor, String name, String binding) {
		String properties = binding == null ? "{name: \"status\", value: \"IN_FORCE\"}"
				: "{name: \"status\", value: \"IN_FORCE\"}, {name: \"binding\", value: \"" + binding + "\"}";
		String id = editor.document("""
				mutation($name: String!) { createNode(input: {kind: AGREEMENT, name: $name, provenance: INFERRED,
				  reason: "Prov av avtalsluckans skäl", properties: [%s]}) { id } }""".formatted(properties))
			.variable("name", name).execute().path("createNode.id").entity(String.class).get();
		editor.document("""
				mutation($from: ID!, $to: ID!) { createRelation(input: {type: GOVERNS, from: $from, to: $to,
				  provenance: INFERRED, reason: "Prov"}) { id } }""")
			.variable("from", id).variable("to", VISAM).execute().path("createRelation.id").hasValue();
		return id;
	}

	/** The version a node is at now, as a delete must name it. */
	private static int version(HttpGraphQlTester editor, String id) {
		return editor.document("query($id: ID!) { node(id: $id) { version } }").variable("id", id).execute()
			.path("node.version").entity(Integer.class).get();
	}

}
