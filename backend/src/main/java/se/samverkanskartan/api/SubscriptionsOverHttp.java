package se.samverkanskartan.api;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.reactivestreams.Publisher;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Refuses a subscription sent over HTTP: its answer is a stream that only the WebSocket can carry, and without this
 * a client got 200 with the stream's Java object serialised as data. The stream is never subscribed to, so nothing
 * runs for it.
 */
@Component
class SubscriptionsOverHttp implements WebGraphQlInterceptor {

	static final String MESSAGE = "Subscriptions run over the WebSocket at /graphql (graphql-ws, subprotocol "
			+ "graphql-transport-ws), not over HTTP";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest) {
			return chain.next(request);
		}
		return chain.next(request).map(response -> response.getData() instanceof Publisher<?>
				? new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
						ExecutionResult.newExecutionResult()
							.addError(GraphqlErrorBuilder.newError().message(MESSAGE)
								.errorType((ErrorClassification) ErrorType.BAD_REQUEST).build())
							.build()))
				: response);
	}

}
