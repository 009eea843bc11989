package se.samverkanskartan.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * {@code graphChanged} over graphql-ws through a real WebSocket: each committed change reaches open subscriptions
 * within a second; internal changes reach editors only, whether their credentials came on the handshake or in
 * connection_init; a socket without credentials is closed before it runs anything.
 */
@GraphApplicationTest
class GraphChangedTest {

	private static final String SUBSCRIPTION = "subscription { graphChanged { action entityId actor at } }";

	@LocalServerPort
	int port;

	@Test
	void committedChangesReachSubscribersAndInternalOnesOnlyEditors() throws Exception {
		HttpGraphQlTester editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		BlockingQueue<Map<String, Object>> viewerEvents = new LinkedBlockingQueue<>();
		BlockingQueue<Map<String, Object>> editorEvents = new LinkedBlockingQueue<>();
		List<Disposable> subscriptions = new ArrayList<>();
		subscriptions.add(subscribe("X-API-Key", TestCredentials.VIEWER_KEY, viewerEvents));
		// The editor's key in connection_init, as a browser sends it: it decides what the subscription sees.
		subscriptions.add(subscribeWithInit(Map.of("X-API-Key", TestCredentials.EDITOR_KEY), editorEvents));
		try {
			awaitLive(editor, viewerEvents, editorEvents);
			String hidden = create(editor, "Live internt", true);
			long started = System.nanoTime();
			String shown = create(editor, "Live publikt", false);

			List<String> seenByEditor = List.of(next(editorEvents), next(editorEvents));
			assertThat(seenByEditor).containsExactly(hidden, shown);
			// Changes arrive in commit order, so the viewer's first one after the probes is the public change.
			assertThat(next(viewerEvents)).isEqualTo(shown);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		}
		finally {
			subscriptions.forEach(Disposable::dispose);
		}
	}

	/** A handshake without credentials waits for connection_init, which without credentials closes the socket. */
	@Test
	void aSocketWithoutCredentialsIsClosedAtConnectionInit() throws Exception {
		CompletableFuture<String> closed = new CompletableFuture<>();
		WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
			.buildAsync(URI.create(url()), new WebSocket.Listener() {
				@Override
				public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
					closed.completeExceptionally(new AssertionError("An answer instead of the close: " + data));
					return null;
				}

				@Override
				public CompletionStage<?> onClose(WebSocket webSocket, int code, String reason) {
					closed.complete(code + " " + reason);
					return null;
				}
			})
			.get(10, TimeUnit.SECONDS);
		socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true);
		socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + SUBSCRIPTION + "\"}}", true);
		assertThat(closed.get(10, TimeUnit.SECONDS)).startsWith("4401 Unauthorized").contains("connection_init");
	}

	private Disposable subscribeWithInit(Map<String, Object> payload, BlockingQueue<Map<String, Object>> events) {
		WebSocketGraphQlTester tester = WebSocketGraphQlTester.builder(url(), new StandardWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(payload);
				}
			})
			.build();
		return tester.document(SUBSCRIPTION).executeSubscription().toFlux("graphChanged", Map.class)
			.subscribe(event -> events.add(cast(event)));
	}

	private Disposable subscribe(String header, String value, BlockingQueue<Map<String, Object>> events) {
		WebSocketGraphQlTester tester = WebSocketGraphQlTester.builder(url(), new StandardWebSocketClient())
			.header(header, value)
			.build();
		return tester.document(SUBSCRIPTION).executeSubscription().toFlux("graphChanged", Map.class)
			.subscribe(event -> events.add(cast(event)));
	}

	/** Makes public changes until both subscriptions have seen one: from then on, nothing is missed. */
	private void awaitLive(HttpGraphQlTester editor, BlockingQueue<Map<String, Object>> viewerEvents,
			BlockingQueue<Map<String, Object>> editorEvents) throws InterruptedException {
		for (int attempt = 0; attempt < 40; attempt++) {
			create(editor, "Live prov " + attempt, false);
			if (viewerEvents.poll(250, TimeUnit.MILLISECONDS) != null && editorEvents.poll(250, TimeUnit.MILLISECONDS) != null) {
				Thread.sleep(200);
				viewerEvents.clear();
				editorEvents.clear();
				return;
			}
		}
		throw new AssertionError("The subscriptions never became live");
	}

	private static String next(BlockingQueue<Map<String, Object>> events) throws InterruptedException {
		Map<String, Object> event = events.poll(5, TimeUnit.SECONDS);
		assertThat(event).as("a change within 5 s").isNotNull();
		return (String) event.get("entityId");
	}

	private static String create(HttpGraphQlTester editor, String name, boolean internal) {
		return editor.documentName("createNode").variable("input", Map.of("kind", "CARE_AREA", "name", name, "internal", internal))
			.execute().path("createNode.id").entity(String.class).get();
	}

	private String url() {
		return "ws://localhost:" + this.port + "/graphql";
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> event) {
		return (Map<String, Object>) event;
	}

}
