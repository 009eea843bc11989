package se.samverkanskartan.api;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * What no other resolver claims, after all of them. Spring logs every unresolved field error with its stack trace,
 * so a request cut short (every field left after a cancellation fails) wrote tens of thousands of traces; here a
 * cancelled request's fields are answered quietly (the time limit logs the request once), a transaction the
 * database ended for taking too long is the {@code timeout} limit, and any other failure logs once per request with
 * an id that the client gets in {@code extensions.errorId}, so that a report can be matched to the log.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

	private static final String ERROR_ID = UnexpectedErrors.class.getName() + ".errorId";

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			// Spring Security's resolver answers these (UNAUTHORIZED, FORBIDDEN), in whichever order it runs.
			return null;
		}
		if (ex instanceof AbortExecutionException) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
				.message("The request was cut short").build();
		}
		if (isTransactionTimeout(ex)) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
				.message("The request exceeds the limit 'timeout': the database ended its transaction")
				.extensions(Map.of("limit", "timeout")).build();
		}
		String[] fresh = { null };
		String id = env.getGraphQlContext().computeIfAbsent(ERROR_ID, key -> fresh[0] = newId());
		if (id.equals(fresh[0])) {
			log.error("Unexpected error {} in execution {} at {}", id, env.getExecutionId(),
					env.getExecutionStepInfo().getPath(), ex);
		}
		return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error " + id + "; the service log has the details under this id")
			.extensions(Map.of("errorId", id)).build();
	}

	/** Neo4j ends a transaction over {@code db.transaction.timeout} (or the driver's) with one of these codes. */
	static boolean isTransactionTimeout(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransactionTerminatedException || cause instanceof Neo4jException neo4j
					&& neo4j.code() != null && neo4j.code().contains("TransactionTimedOut")) {
				return true;
			}
		}
		return false;
	}

	private static String newId() {
		return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
	}

}
