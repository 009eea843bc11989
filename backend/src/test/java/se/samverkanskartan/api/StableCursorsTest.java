package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * A client pages through a list while others write: a cursor names the row the client has, so a row added before it
 * neither repeats a row on the next page nor skips one, backward pages give the rows before a cursor, and the total
 * count follows the list.
 */
@GraphApplicationTest
class StableCursorsTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester editor;

	@BeforeEach
	void connect() {
		this.editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
	}

	@Test
	void aRowAddedBeforeTheCursorDoesNotRepeatARowOnTheNextPage() {
		GraphQlTester.Response first = groups().variable("first", 3).execute();
		List<String> page1 = names(first);
		long total = first.path("groups.totalCount").entity(Long.class).get();
		String end = first.path("groups.pageInfo.endCursor").entity(String.class).get();
		List<String> whole = names(groups().variable("first", 6).execute());

		// Sorts before every group: with offsets, the next page would start with the last row of the first one.
		String id = create("GROUP", "AAA Sidtestgruppen");
		try {
			GraphQlTester.Response second = groups().variable("first", 3).variable("after", end).execute();
			assertThat(names(second)).doesNotContainAnyElementsOf(page1).isEqualTo(whole.subList(3, 6));
			assertThat(second.path("groups.totalCount").entity(Long.class).get()).isEqualTo(total + 1);
			second.path("groups.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

			// Backward from the second page's start: the rows of the first page, in the list's order.
			String start = second.path("groups.pageInfo.startCursor").entity(String.class).get();
			GraphQlTester.Response back = groups().variable("last", 3).variable("before", start).execute();
			assertThat(names(back)).isEqualTo(page1);
			back.path("groups.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
			back.path("groups.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
			// And the two rows before that are the new group and nothing else.
			String backStart = back.path("groups.pageInfo.startCursor").entity(String.class).get();
			GraphQlTester.Response front = groups().variable("last", 2).variable("before", backStart).execute();
			assertThat(names(front)).containsExactly("AAA Sidtestgruppen");
			front.path("groups.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		}
		finally {
			this.editor.document("mutation($id: ID!, $version: Int!) { deleteNode(id: $id, version: $version) }").variable("id", id)
				.variable("version", version(this.editor, id)).execute().path("deleteNode").entity(String.class).isEqualTo(id);
		}
	}

	@Test
	void theNewestEntriesOfTheTrailDoNotPushTheNextPageBack() {
		create("CARE_AREA", "Spårtest ett");
		create("CARE_AREA", "Spårtest två");
		GraphQlTester.Response first = trail().variable("first", 2).execute();
		List<String> page1 = first.path("auditTrail.edges[*].node.id").entityList(String.class).get();
		String end = first.path("auditTrail.pageInfo.endCursor").entity(String.class).get();
		List<String> whole = trail().variable("first", 4).execute().path("auditTrail.edges[*].node.id")
			.entityList(String.class).get();

		create("CARE_AREA", "Spårtest tre");
		List<String> page2 = trail().variable("first", 2).variable("after", end).execute()
			.path("auditTrail.edges[*].node.id").entityList(String.class).get();
		assertThat(page2).doesNotContainAnyElementsOf(page1).isEqualTo(whole.subList(2, 4));
	}

	@Test
	void bothDirectionsAtOnceAreRefusedNamingTheArgument() {
		groups().variable("first", 2).variable("last", 2).execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "last");
			}));
		groups().variable("last", 0).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo("last: must be between 1 and 100, was 0")));
		groups().variable("last", 2).variable("before", "garbage!").execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement().satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "before")));
	}

	private GraphQlTester.Request<?> groups() {
		return this.editor.documentName("groupsPage");
	}

	private GraphQlTester.Request<?> trail() {
		return this.editor.document("""
				query($first: Int, $after: String) {
				  auditTrail(first: $first, after: $after) { edges { node { id } } pageInfo { endCursor } }
				}""");
	}

	private static List<String> names(GraphQlTester.Response response) {
		return response.path("groups.edges[*].node.name").entityList(String.class).get();
	}

	private String create(String kind, String name) {
		return this.editor.document("mutation($kind: NodeKind!, $name: String!) { createNode(input: {kind: $kind, name: $name}) { id } }")
			.variable("kind", kind).variable("name", name).execute().path("createNode.id").entity(String.class).get();
	}

	/** The version a node is at now, as a delete must name it. */
	private static int version(HttpGraphQlTester editor, String id) {
		return editor.document("query($id: ID!) { node(id: $id) { version } }").variable("id", id).execute()
			.path("node.version").entity(Integer.class).get();
	}

}
