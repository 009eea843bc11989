package se.samverkanskartan.limits;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Stops a request that runs longer than the limit and answers with an error that names the limit, like the other
 * limits (Spring's own timeout interceptor answers with a bare status). Stopping it cancels the execution: Spring
 * for GraphQL then cancels graphql-java's {@code ExecutionInput}, so that no data fetcher starts after the limit, and
 * the database ends a transaction still running at {@code db.transaction.timeout} (see {@code embedded}).
 * Each request stopped by a limit, here or before it ran, is logged in one line, whatever it asked.
 */
class TimeLimit implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(TimeLimit.class);

	private final Duration timeout;

	TimeLimit(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long started = System.nanoTime();
		return chain.next(request)
			.timeout(this.timeout, Mono.fromSupplier(() -> new WebGraphQlResponse(
					new DefaultExecutionGraphQlResponse(request.toExecutionInput(), ExecutionResult.newExecutionResult()
						.addError(LimitExceeded.error("timeout", "more than " + this.timeout.toMillis() + " ms",
								this.timeout.toMillis() + " ms"))
						.build()))))
			.doOnNext(response -> logRefusal(request, response, started));
	}

	private static void logRefusal(WebGraphQlRequest request, WebGraphQlResponse response, long started) {
		for (ResponseError error : response.getErrors()) {
			Map<String, Object> extensions = error.getExtensions();
			if (extensions.get("limit") instanceof String limit) {
				log.warn("Request {} stopped after {} ms by the limit '{}': {} (of {} errors)", request.getId(),
						(System.nanoTime() - started) / 1_000_000, limit, error.getMessage(), response.getErrors().size());
				return;
			}
		}
	}

}
