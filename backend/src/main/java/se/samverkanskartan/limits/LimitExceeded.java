package se.samverkanskartan.limits;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import org.springframework.http.HttpStatus;

/** The error a client gets when a limit is reached: it names the limit, the value asked and the maximum. */
final class LimitExceeded {

	/** The classification clients see in {@code extensions.classification}. */
	static final ErrorClassification LIMIT_EXCEEDED = ErrorClassification.errorClassification("LIMIT_EXCEEDED");

	private LimitExceeded() {
	}

	static GraphQLError error(String limit, Object value, Object maximum) {
		return GraphqlErrorBuilder.newError()
			.errorType(LIMIT_EXCEEDED)
			.message("The request exceeds the limit '%s': %s, at most %s is allowed".formatted(limit, value, maximum))
			.extensions(Map.of("limit", limit, "value", String.valueOf(value), "maximum", String.valueOf(maximum)))
			.build();
	}

	static AbortExecutionException abort(String limit, Object value, Object maximum) {
		return new AbortExecutionException(List.of(error(limit, value, maximum)));
	}

	/**
	 * 413 for a body that is too large, 503 for a request cut short by time (it was allowed, and may succeed when
	 * the service is less loaded), 400 for the rest: the client must ask for less.
	 */
	static HttpStatus status(String limit) {
		return switch (limit) {
			case "maxRequestSize" -> HttpStatus.CONTENT_TOO_LARGE;
			case "timeout" -> HttpStatus.SERVICE_UNAVAILABLE;
			default -> HttpStatus.BAD_REQUEST;
		};
	}

}
