package se.samverkanskartan.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

import se.samverkanskartan.ui.app.ApiCalls;

/** What the tests ask of an instance's GraphQL API over HTTP, as the development editor, as another system would. */
final class EditorCalls {

	private static final String[] EDITOR = ApiCalls.basic("editor", "editor-dev");

	private final ApiCalls api;

	EditorCalls(int port) {
		this.api = new ApiCalls(port);
	}

	/** Creates a node of the kind and returns its id. */
	String create(String kind, String name) throws Exception {
		return data("mutation { createNode(input: {kind: %s, name: %s}) { id } }".formatted(kind, quoted(name)))
			.path("createNode").path("id").asString();
	}

	/** Lets {@code from} take part in {@code group} and returns the relationship's id. */
	String relate(String from, String group) throws Exception {
		return data("mutation { createRelation(input: {type: PARTICIPATES_IN, from: %s, to: %s}) { id } }"
			.formatted(quoted(from), quoted(group))).path("createRelation").path("id").asString();
	}

	/** Sets a text field of the node, as of {@code version}; the whole answer, errors included. */
	JsonNode update(String id, int version, String field, String value) throws Exception {
		return ApiCalls.json(this.api.graphQl("mutation { updateNode(input: {id: %s, version: %d, %s: %s}) { version } }"
			.formatted(quoted(id), version, field, quoted(value)), EDITOR));
	}

	/** The node's name, version and description. */
	JsonNode node(String id) throws Exception {
		return data("{ node(id: %s) { name version description } }".formatted(quoted(id))).path("node");
	}

	private JsonNode data(String document) throws Exception {
		JsonNode answer = ApiCalls.json(this.api.graphQl(document, EDITOR));
		assertThat(answer.path("errors").isMissingNode()).as("errors of %s: %s", document, answer).isTrue();
		return answer.path("data");
	}

	/** A JSON string is a GraphQL string literal. */
	private static String quoted(String text) {
		return ApiCalls.JSON.writeValueAsString(text);
	}

}
