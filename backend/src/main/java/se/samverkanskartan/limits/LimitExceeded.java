package se.samverkanskartan.limits;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import org.springframework.http.HttpStatus;

/** The error a client gets when a limit is reached: it names the limit, the value asked and the maximum. */
public final class LimitExceeded {

	/** The limit of a write refused because the disk of the store is down to its reserve. */
	public static final String MIN_FREE_SPACE = "minFreeSpace";

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

	/** Refuses a request with a message of its own; the extensions name the limit and, where useful, more. */
	public static AbortExecutionException refuse(String limit, String message, Map<String, Object> extensions) {
		Map<String, Object> all = new java.util.LinkedHashMap<>(extensions);
		all.put("limit", limit);
		return new AbortExecutionException(List.of(
				GraphqlErrorBuilder.newError().errorType(LIMIT_EXCEEDED).message(message).extensions(all).build()));
	}

	/**
	 * 413 for a body that is too large, 503 for a request cut short by time (it was allowed, and may succeed when
	 * the service is less loaded), 507 for a write refused while the disk is down to its reserve, 400 for the rest:
	 * the client must ask for less.
	 */
	static HttpStatus status(String limit) {
		return switch (limit) {
			case "maxRequestSize" -> HttpStatus.CONTENT_TOO_LARGE;
			case "timeout" -> HttpStatus.SERVICE_UNAVAILABLE;
			case MIN_FREE_SPACE -> HttpStatus.INSUFFICIENT_STORAGE;
			default -> HttpStatus.BAD_REQUEST;
		};
	}

}
