package se.samverkanskartan.deck;

import java.util.HashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refused deck changes as GraphQL errors, shaped like the editing errors: BAD_REQUEST, CONFLICT (with
 * {@code currentVersion}), NOT_FOUND or FORBIDDEN, each with {@code extensions.field} and {@code extensions.problem}.
 */
@Component
// Before UnexpectedErrors, which takes whatever is left.
@Order(0)
class DeckErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (!(ex instanceof DeckException refused)) {
			return null;
		}
		Map<String, Object> extensions = new HashMap<>(Map.of("field", refused.field(), "problem", refused.problem()));
		var builder = GraphqlErrorBuilder.newError(env).message(refused.getMessage());
		switch (refused) {
			case DeckException.Invalid invalid -> builder.errorType(ErrorType.BAD_REQUEST);
			case DeckException.NotFound notFound -> builder.errorType(ErrorType.NOT_FOUND);
			case DeckException.NotOwner notOwner -> builder.errorType(ErrorType.FORBIDDEN);
			case DeckException.Conflict conflict -> {
				builder.errorType(Conflict.CONFLICT);
				extensions.put("currentVersion", conflict.currentVersion());
			}
		}
		return builder.extensions(extensions).build();
	}

	/** The same classification as a stale edit of a fact. */
	enum Conflict implements graphql.ErrorClassification {

		CONFLICT

	}

}
