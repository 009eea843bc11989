package se.samverkanskartan.api;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Which answers {@link CachedAnswers} may keep: those to a query (not a mutation or subscription) that came without
 * errors. graphql-java knows the operation once it has chosen it, so that is noted in the request's context, and
 * the request's {@link CachedAnswers.Pending} hears it.
 */
final class QueryAnswers extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

	private static final String QUERY = QueryAnswers.class.getName() + ".query";

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
		if (parameters.getExecutionContext().getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY) {
			parameters.getExecutionContext().getGraphQLContext().put(QUERY, true);
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext(response -> {
			if (response.isValid() && response.getErrors().isEmpty()
					&& Boolean.TRUE.equals(response.getExecutionInput().getGraphQLContext().get(QUERY))) {
				if (request.getAttributes().get(CachedAnswers.PENDING) instanceof CachedAnswers.Pending pending) {
					pending.keep();
				}
			}
		});
	}

}
