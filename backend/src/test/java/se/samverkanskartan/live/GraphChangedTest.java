package se.samverkanskartan.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * {@code graphChanged} over graphql-ws through a real WebSocket: each committed change reaches open subscriptions
 * within a second; internal changes reach editors only; a handshake without credentials is refused.
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
		subscriptions.add(subscribe("Authorization", "ApiKey " + TestCredentials.EDITOR_KEY, editorEvents));
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

	@Test
	void aHandshakeWithoutCredentialsIsRefused() {
		WebSocketGraphQlTester anonymous = WebSocketGraphQlTester.builder(url(), new StandardWebSocketClient()).build();
		assertThatThrownBy(() -> anonymous.document(SUBSCRIPTION).executeSubscription().toFlux().blockFirst(Duration.ofSeconds(10)))
			.hasMessageContaining("WebSocket connection").hasMessageContaining("failed");
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
