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
 * One rule for every list: {@code first} from 1 to 100, and a cursor this server handed out. Anything else is a
 * BAD_REQUEST that names the argument, never all the rows and never an internal error.
 */
@GraphApplicationTest
class ListArgumentsTest {

	/** Every connection, as a query taking {@code $first} and {@code $after}. */
	private static final List<String> CONNECTIONS = List.of("hospitals", "groups", "assignments", "flows", "agreements",
			"auditTrail");

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	/** Two changes, so that the audit trail has two pages of one entry even in a fresh graph. */
	@BeforeEach
	void connectAndChange() {
		this.graphQl = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		for (int i = 0; i < 2; i++) {
			this.graphQl.document("mutation { createNode(input: {kind: CARE_AREA, name: \"Listområde\"}) { id } }")
				.execute().path("createNode.id").hasValue();
		}
	}

	@Test
	void firstOutsideOneToAHundredIsRefusedNamingIt() {
		for (String list : CONNECTIONS) {
			for (int first : new int[] { -1, 0, 101, 100_000 }) {
				refused(connection(list).variable("first", first), "first")
					.satisfy(errors -> assertThat(errors.getFirst().getMessage()).as(list)
						.isEqualTo("first: must be between 1 and 100, was " + first));
			}
			connection(list).variable("first", 100).execute().path(list + ".edges").entityList(Object.class)
				.satisfies(edges -> assertThat(edges).as(list).isNotEmpty().hasSizeLessThanOrEqualTo(100));
		}
		for (int first : new int[] { -1, 0, 101 }) {
			refused(this.graphQl.document("query($first: Int) { search(text: \"sjukhus\", first: $first) { score } }")
				.variable("first", first), "first");
		}
	}

	@Test
	void aCursorThisServerDidNotHandOutIsRefusedNamingAfter() {
		for (String list : CONNECTIONS) {
			for (String cursor : new String[] { "garbage!", "bm90IGEgY3Vyc29y", "T19hYmM=", "T18tNQ==" }) {
				refused(connection(list).variable("first", 5).variable("after", cursor), "after")
					.satisfy(errors -> assertThat(errors.getFirst().getMessage()).as(list + " " + cursor).startsWith("after:"));
			}
			String cursor = connection(list).variable("first", 1).execute().path(list + ".pageInfo.endCursor")
				.entity(String.class).get();
			connection(list).variable("first", 1).variable("after", cursor).execute().path(list + ".edges")
				.entityList(Object.class).hasSize(1);
		}
	}

	private GraphQlTester.Request<?> connection(String list) {
		return this.graphQl.document("""
				query($first: Int, $after: String) {
				  %s(first: $first, after: $after) { edges { cursor } pageInfo { endCursor } }
				}""".formatted(list));
	}

	private static GraphQlTester.Errors refused(GraphQlTester.Request<?> request, String argument) {
		GraphQlTester.Errors errors = request.execute().errors();
		errors.satisfy(list -> assertThat(list).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("argument", argument);
		}));
		return errors;
	}

}
