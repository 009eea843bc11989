package se.samverkanskartan.limits;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a query whose {@link QueryCost cost} is over the limit after it is validated and before any data fetcher
 * runs, whatever the transport (POST, GET or graphql-ws), since all of them execute through here.
 */
class QueryCostLimit extends SimplePerformantInstrumentation {

	private final long maxCost;

	QueryCostLimit(long maxCost) {
		this.maxCost = maxCost;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		long cost = QueryCost.of(context.getGraphQLSchema(), context.getDocument(),
				context.getOperationDefinition().getName(), context.getCoercedVariables());
		if (cost > this.maxCost) {
			throw LimitExceeded.abort("maxCost", cost >= QueryCost.CAP ? "more than " + QueryCost.CAP : cost,
					this.maxCost);
		}
		return SimpleInstrumentationContext.noOp();
	}

}
