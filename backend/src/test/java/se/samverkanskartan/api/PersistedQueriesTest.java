package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The store of persisted queries keeps as many as it may, the least recently used going first, so that a client
 * sending new queries without end cannot fill the memory; one pushed out is asked for again, as Apollo's clients
 * expect; a hash that is not the query's never runs the stored query of that hash.
 */
class PersistedQueriesTest {

	private final PersistedQueries queries = new PersistedQueries(2);

	private final AtomicInteger parsed = new AtomicInteger();

	@Test
	void theLeastRecentlyUsedQueryGoesFirstAndIsAskedForAgain() {
		String first = "{ a }";
		String second = "{ b }";
		String third = "{ c }";
		run(first, first);
		run(second, second);
		assertThat(errors(run(first, null))).as("the first, used again").isEmpty();
		run(third, third);

		assertThat(errors(run(second, null))).as("the least recently used went").containsExactly("PersistedQueryNotFound");
		assertThat(errors(run(first, null))).isEmpty();
		assertThat(errors(run(third, null))).isEmpty();
		assertThat(this.parsed).as("each stored query parsed once").hasValue(3);
	}

	@Test
	void aHashThatIsNotTheQuerysIsRefusedEvenWhenItIsStored() {
		run("{ a }", "{ a }");
		PreparsedDocumentEntry refused = this.queries.support()
			.getDocumentAsync(input("{ b }", PersistedQueries.sha256("{ a }")), this::parse)
			.join();
		assertThat(refused.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("sha256Hash");
			assertThat(error.getExtensions()).containsEntry("argument", "extensions.persistedQuery.sha256Hash");
		});
	}

	/** Runs the query of the hash, sending {@code sent} as the query (the marker, as Spring sends it, if null). */
	private PreparsedDocumentEntry run(String query, String sent) {
		return this.queries.support().getDocumentAsync(input(sent, PersistedQueries.sha256(query)), this::parse).join();
	}

	private static ExecutionInput input(String sent, String hash) {
		return ExecutionInput.newExecutionInput(sent == null ? PersistedQuerySupport.PERSISTED_QUERY_MARKER : sent)
			.extensions(java.util.Map.of("persistedQuery", java.util.Map.of("version", 1, "sha256Hash", hash)))
			.build();
	}

	private PreparsedDocumentEntry parse(ExecutionInput input) {
		this.parsed.incrementAndGet();
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	}

	private static java.util.List<String> errors(PreparsedDocumentEntry entry) {
		return entry.getErrors() == null ? java.util.List.of() : entry.getErrors().stream().map(GraphQLError::getMessage).toList();
	}

}
