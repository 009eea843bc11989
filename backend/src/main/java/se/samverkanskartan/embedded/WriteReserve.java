package se.samverkanskartan.embedded;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;

import se.samverkanskartan.limits.LimitExceeded;

/**
 * Refuses every mutation, before it runs, while the disk of the store is down to its reserve: the writer gets a
 * clear error (HTTP 507) and nothing is half written, where a full disk would put the engine into a critical state
 * in which even reads fail. Every transport (POST, GET, graphql-ws, the UI in process) executes through here.
 */
public class WriteReserve extends SimplePerformantInstrumentation {

	private final EmbeddedNeo4j engine;

	WriteReserve(EmbeddedNeo4j engine) {
		this.engine = engine;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
		if (parameters.getExecutionContext().getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
			check();
		}
		return SimpleInstrumentationContext.noOp();
	}

	/** Whether the reserve is free, for writes that do not come through GraphQL (file imports). */
	public boolean hasRoom() {
		return this.engine.hasRoomToWrite();
	}

	private void check() {
		if (!hasRoom()) {
			throw LimitExceeded.refuse(LimitExceeded.MIN_FREE_SPACE, message(), Map.of());
		}
	}

	/** Says what happened, why, and what to do. */
	public String message() {
		return "Nothing was written: the disk of the database is nearly full (" + this.engine.diskSpace()
				+ "). Writes resume as soon as space is freed; reading goes on meanwhile.";
	}

}
