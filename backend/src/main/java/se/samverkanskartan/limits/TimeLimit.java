package se.samverkanskartan.limits;

import java.time.Duration;

import graphql.ExecutionResult;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Stops a request that runs longer than the limit and answers with an error that names the limit, like the other
 * limits (Spring's own timeout interceptor answers with a bare status).
 */
class TimeLimit implements WebGraphQlInterceptor {

	private final Duration timeout;

	TimeLimit(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).timeout(this.timeout, Mono.fromSupplier(() -> new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(request.toExecutionInput(), ExecutionResult.newExecutionResult()
					.addError(LimitExceeded.error("timeout", "more than " + this.timeout.toMillis() + " ms",
							this.timeout.toMillis() + " ms"))
					.build()))));
	}

}
