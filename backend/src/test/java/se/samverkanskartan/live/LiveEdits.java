package se.samverkanskartan.live;

import java.util.Map;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The edits the live-update tests make, through the API as an editor would. */
final class LiveEdits {

	private LiveEdits() {
	}

	/** Creates a node of the kind and returns its id. */
	static String create(HttpGraphQlTester editor, String kind, String name) {
		return editor.documentName("createNode").variable("input", Map.of("kind", kind, "name", name))
			.execute().path("createNode.id").entity(String.class).get();
	}

	/** Lets {@code from} take part in {@code group} and returns the relationship's id. */
	static String relate(HttpGraphQlTester editor, String from, String group) {
		return editor.documentName("createRelation")
			.variable("input", Map.of("type", "PARTICIPATES_IN", "from", from, "to", group))
			.execute().path("createRelation.id").entity(String.class).get();
	}

}
