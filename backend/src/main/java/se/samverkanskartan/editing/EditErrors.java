package se.samverkanskartan.editing;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refused changes as GraphQL errors: BAD_REQUEST with {@code extensions.field}, one error per wrong field (and for
 * the commonest problems {@code extensions.problem} and {@code extensions.arguments}, see {@link EditException.FieldProblem});
 * CONFLICT with {@code extensions.currentVersion}; NOT_FOUND with {@code extensions.field}.
 */
@Component
// Before UnexpectedErrors, which takes whatever is left.
@Order(0)
class EditErrors extends DataFetcherExceptionResolverAdapter {

	/** The classification of a change refused because the fact changed since it was read. */
	enum EditErrorType implements ErrorClassification {

		CONFLICT

	}

	@Override
	protected @Nullable List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
		return switch (ex) {
			case EditException.Invalid invalid -> invalid.problems().stream()
				.map(problem -> error(env, ErrorType.BAD_REQUEST, problem.field() + ": " + problem.message(),
						extensions(problem)))
				.toList();
			case EditException.Conflict conflict -> List.of(error(env, EditErrorType.CONFLICT, conflict.getMessage(),
					Map.of("entityId", conflict.entityId(), "currentVersion", conflict.currentVersion())));
			case EditException.NotFound notFound -> List.of(error(env, ErrorType.NOT_FOUND, notFound.getMessage(),
					Map.of("field", notFound.field())));
			default -> null;
		};
	}

	/** The field, and where the problem has one its stable code and arguments ({@code problem}, {@code arguments}). */
	private static Map<String, Object> extensions(EditException.FieldProblem problem) {
		if (problem.code() == null) {
			return Map.of("field", problem.field());
		}
		return Map.of("field", problem.field(), "problem", problem.code(), "arguments",
				problem.arguments().stream().map(String::valueOf).toList());
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
	}

}
