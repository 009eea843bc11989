package se.samverkanskartan.api;


import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.InvalidArgumentException;

/**
 * Bad input to a subscription (e.g. an unknown region in {@code graphChanged(regions:)}) is a BAD_REQUEST naming the
 * argument, as {@link ApiExceptionResolver} makes it for queries: a subscription's failures take this path instead.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex) {
		if (ex instanceof InvalidArgumentException invalid) {
			return GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(invalid.extensions())
				.build();
		}
		return null;
	}

}
