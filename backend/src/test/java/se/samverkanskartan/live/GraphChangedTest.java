package se.samverkanskartan.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.graphql.client.SubscriptionErrorException;
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

	/** A subscription with the filters given, selecting the typed payload. */
	private static final String TYPED = """
			subscription { graphChanged%s {
			  action entityType entityId kind relationType source target version actor at changes { field before after }
			} }""";

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

	/**
	 * Each subscription gets what its filters ask for, in commit order, as typed fields: a kind filter takes a
	 * node of the kind and a relationship with an end of it; a region filter what the map's region filter keeps,
	 * a relationship by either end and a deleted node by the relationships it had.
	 */
	@Test
	void kindAndRegionFiltersPassWhatTheyAskForWithTypedPayloads() throws Exception {
		HttpGraphQlTester editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		BlockingQueue<Map<String, Object>> groups = new LinkedBlockingQueue<>();
		BlockingQueue<Map<String, Object>> skane = new LinkedBlockingQueue<>();
		BlockingQueue<Map<String, Object>> orebro = new LinkedBlockingQueue<>();
		List<Disposable> subscriptions = new ArrayList<>();
		subscriptions.add(subscribe(TYPED.formatted("(kinds: [GROUP])"), groups));
		subscriptions.add(subscribe(TYPED.formatted("(regions: [\"region-skane\"])"), skane));
		subscriptions.add(subscribe(TYPED.formatted("(regions: [\"region-orebro\"], kinds: [GROUP, REGION])"), orebro));
		try {
			awaitLive(editor, groups, skane, orebro);
			String area = LiveEdits.create(editor, "CARE_AREA", "Live område utan region");
			String group = LiveEdits.create(editor, "GROUP", "Live grupp vid Ystad");
			String atYstad = LiveEdits.relate(editor, "hospital-ystad", group);
			editor.documentName("updateNode").variable("input", Map.of("id", group, "version", 1, "description", "Ändrad live"))
				.execute().path("updateNode.version").entity(Integer.class).isEqualTo(2);
			String other = LiveEdits.create(editor, "GROUP", "Live grupp i Örebro län");
			String atOrebro = LiveEdits.relate(editor, "region-orebro", other);
			editor.documentName("deleteNode").variable("id", group).variable("version", 2).execute()
				.path("deleteNode").entity(String.class).isEqualTo(group);
			editor.documentName("updateNode").variable("input", Map.of("id", other, "version", 1, "description", "Sist"))
				.execute().path("updateNode.version").entity(Integer.class).isEqualTo(2);
			editor.documentName("deleteRelation").variable("id", atOrebro).variable("version", 1).execute()
				.path("deleteRelation").entity(String.class).isEqualTo(atOrebro);

			List<Map<String, Object>> ofGroups = next(groups, 8);
			assertThat(ofGroups).extracting(e -> e.get("entityId"))
				.containsExactly(group, atYstad, group, other, atOrebro, group, other, atOrebro);
			assertThat(ofGroups).noneMatch(e -> area.equals(e.get("entityId")));
			Map<String, Object> created = ofGroups.get(0);
			assertThat(created).containsEntry("action", "CREATE").containsEntry("kind", "GROUP")
				.containsEntry("entityType", "NODE").containsEntry("version", 1).containsEntry("actor", "api-key:test-editor");
			assertThat(created.get("changes")).asList().contains(change("name", null, "Live grupp vid Ystad"));
			Map<String, Object> relation = ofGroups.get(1);
			assertThat(relation).containsEntry("entityType", "RELATION").containsEntry("relationType", "PARTICIPATES_IN")
				.containsEntry("source", "hospital-ystad").containsEntry("target", group);
			assertThat(relation.get("kind")).isNull();
			Map<String, Object> updated = ofGroups.get(2);
			assertThat(updated).containsEntry("action", "UPDATE").containsEntry("version", 2);
			assertThat(updated.get("changes")).asList().containsExactly(change("description", null, "Ändrad live"));
			assertThat(ofGroups.get(5)).containsEntry("action", "DELETE").containsEntry("version", 0);

			assertThat(next(skane, 3)).extracting(e -> e.get("entityId") + " " + e.get("action"))
				.containsExactly(atYstad + " CREATE", group + " UPDATE", group + " DELETE");
			// A deleted relationship is placed as if it were still there.
			assertThat(next(orebro, 3)).extracting(e -> e.get("entityId") + " " + e.get("action"))
				.containsExactly(atOrebro + " CREATE", other + " UPDATE", atOrebro + " DELETE");
		}
		finally {
			subscriptions.forEach(Disposable::dispose);
		}
	}

	@Test
	void anUnknownRegionIsRefusedNamingTheArgument() {
		WebSocketGraphQlTester viewer = WebSocketGraphQlTester.builder(url(), new StandardWebSocketClient())
			.header("X-API-Key", TestCredentials.VIEWER_KEY)
			.build();
		assertThatThrownBy(() -> viewer.document(TYPED.formatted("(regions: [\"region-nowhere\"])"))
			.executeSubscription().toFlux().blockFirst(Duration.ofSeconds(10)))
			.isInstanceOfSatisfying(SubscriptionErrorException.class, ex -> assertThat(ex.getErrors()).singleElement()
				.satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getExtensions()).containsEntry("argument", "regions");
					assertThat(error.getMessage()).contains("region-nowhere");
				}));
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

	private Disposable subscribe(String document, BlockingQueue<Map<String, Object>> events) {
		WebSocketGraphQlTester tester = WebSocketGraphQlTester.builder(url(), new StandardWebSocketClient())
			.header("X-API-Key", TestCredentials.EDITOR_KEY)
			.build();
		return tester.document(document).executeSubscription().toFlux("graphChanged", Map.class)
			.subscribe(event -> events.add(cast(event)));
	}

	/**
	 * Makes probes that every filtered subscription takes (a group at both regions) until each has seen one; the
	 * probes' announcements that come after are skipped by {@link #next(BlockingQueue, int)}.
	 */
	@SafeVarargs
	private static void awaitLive(HttpGraphQlTester editor, BlockingQueue<Map<String, Object>>... queues)
			throws InterruptedException {
		boolean[] live = new boolean[queues.length];
		for (int attempt = 0; attempt < 40; attempt++) {
			String probe = LiveEdits.create(editor, "GROUP", "Live prov grupp " + attempt);
			LiveEdits.relate(editor, "region-skane", probe);
			LiveEdits.relate(editor, "region-orebro", probe);
			boolean all = true;
			for (int i = 0; i < queues.length; i++) {
				live[i] = live[i] || queues[i].poll(250, TimeUnit.MILLISECONDS) != null;
				all &= live[i];
			}
			if (all) {
				return;
			}
		}
		throw new AssertionError("The subscriptions never became live");
	}

	/** The next {@code count} announcements, skipping those of the probes. */
	private static List<Map<String, Object>> next(BlockingQueue<Map<String, Object>> events, int count)
			throws InterruptedException {
		List<Map<String, Object>> next = new ArrayList<>();
		while (next.size() < count) {
			Map<String, Object> event = events.poll(5, TimeUnit.SECONDS);
			assertThat(event).as("announcement %d of %d within 5 s, after %s", next.size() + 1, count, next).isNotNull();
			if (!String.valueOf(event.get("entityId")).contains("live-prov")) {
				next.add(event);
			}
		}
		return next;
	}

	private static Map<String, Object> change(String field, Object before, Object after) {
		Map<String, Object> change = new java.util.HashMap<>();
		change.put("field", field);
		change.put("before", before);
		change.put("after", after);
		return change;
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
