package se.samverkanskartan.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.InvalidArgumentException;

/** Bad input becomes a BAD_REQUEST error that names the argument and what is wrong, never an internal error. */
@Component
// Before UnexpectedErrors, which takes whatever is left.
@Order(0)
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidArgumentException invalid) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(invalid.extensions())
				.build();
		}
		return null;
	}

}
