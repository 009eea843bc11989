package se.samverkanskartan.ui.api;

import java.util.Locale;
import java.util.UUID;

import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends the UI's GraphQL documents straight to the application's {@link ExecutionGraphQlService}: the same schema,
 * validation and resolvers as {@code /graphql}, without HTTP and JSON in between.
 */
final class InProcessGraphQlTransport implements GraphQlTransport {

	private final ExecutionGraphQlService service;

	InProcessGraphQlTransport(ExecutionGraphQlService service) {
		this.service = service;
	}

	@Override
	public Mono<GraphQlResponse> execute(GraphQlRequest request) {
		var executionRequest = new DefaultExecutionGraphQlRequest(request.getDocument(), request.getOperationName(),
				request.getVariables(), request.getExtensions(), UUID.randomUUID().toString(), Locale.ROOT);
		return this.service.execute(executionRequest).map(GraphQlResponse.class::cast);
	}

	@Override
	public Flux<GraphQlResponse> executeSubscription(GraphQlRequest request) {
		// The schema has no subscriptions; the UI never asks for one.
		return Flux.error(new UnsupportedOperationException("Subscriptions are not part of the schema"));
	}
}
