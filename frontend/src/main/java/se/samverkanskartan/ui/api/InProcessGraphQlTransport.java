package se.samverkanskartan.ui.api;

import java.util.Locale;
import java.util.UUID;

import org.reactivestreams.Publisher;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import graphql.ExecutionResult;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends the UI's GraphQL documents straight to the application's {@link ExecutionGraphQlService}: the same schema,
 * validation and resolvers as {@code /graphql}, without HTTP and JSON in between.
 *
 * <p>
 * The caller's thread-locals, the Spring Security context among them, are captured when a request is made and put
 * into the Reactor context, from where the service copies them into the GraphQL context. Resolvers run on other
 * threads (virtual threads, DataLoader batches) and Spring GraphQL restores the captured values there, so the API's
 * method security, its visibility rule for internal facts and the audit trail's "who" see the signed-in user, as
 * they would for the same user over HTTP. Without this the resolvers would run as nobody.
 */
final class InProcessGraphQlTransport implements GraphQlTransport {

	private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

	private final ExecutionGraphQlService service;

	InProcessGraphQlTransport(ExecutionGraphQlService service) {
		this.service = service;
	}

	@Override
	public Mono<GraphQlResponse> execute(GraphQlRequest request) {
		ContextSnapshot caller = SNAPSHOTS.captureAll();
		return this.service.execute(executionRequest(request)).contextWrite(caller::updateContext)
			.map(GraphQlResponse.class::cast);
	}

	/**
	 * A subscription's result holds a {@link Publisher} of results as its data; each becomes one response. A
	 * subscription refused at the start (no data, only errors) is one response with those errors.
	 */
	@Override
	public Flux<GraphQlResponse> executeSubscription(GraphQlRequest request) {
		ContextSnapshot caller = SNAPSHOTS.captureAll();
		return this.service.execute(executionRequest(request)).contextWrite(caller::updateContext)
			.flatMapMany(response -> {
				Object data = response.getExecutionResult().getData();
				if (!(data instanceof Publisher<?> results)) {
					return Flux.just((GraphQlResponse) response);
				}
				return Flux.from(results).cast(ExecutionResult.class).map(result -> responseOf(response, result));
			});
	}

	private static GraphQlResponse responseOf(ExecutionGraphQlResponse subscription, ExecutionResult result) {
		return new DefaultExecutionGraphQlResponse(subscription.getExecutionInput(), result);
	}

	private static DefaultExecutionGraphQlRequest executionRequest(GraphQlRequest request) {
		return new DefaultExecutionGraphQlRequest(request.getDocument(), request.getOperationName(),
				request.getVariables(), request.getExtensions(), UUID.randomUUID().toString(), Locale.ROOT);
	}
}
