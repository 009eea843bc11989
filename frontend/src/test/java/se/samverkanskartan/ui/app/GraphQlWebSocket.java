package se.samverkanskartan.ui.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the graphql-ws protocol ({@code graphql-transport-ws}) on the JDK's own WebSocket, as another system
 * would speak it to {@code ws://…/graphql}. The frontend's class path has no reactive WebSocket client for Spring's
 * {@code WebSocketGraphQlClient}, and adding one only for tests would make the tested application differ from the
 * shipped one. Each message is kept with the moment it arrived, so that a test can tell how long a change took.
 */
public final class GraphQlWebSocket implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration WAIT = Duration.ofSeconds(20);

	/** How the server closed the socket: the code and the reason. */
	record Closed(int code, String reason) {
	}

	/** A message and when it arrived, by {@link System#nanoTime()}. */
	public record Received(JsonNode message, long arrived) {
	}

	private final WebSocket socket;
	private final BlockingQueue<Received> messages;
	private final CompletableFuture<Closed> closed;

	private GraphQlWebSocket(WebSocket socket, BlockingQueue<Received> messages, CompletableFuture<Closed> closed) {
		this.socket = socket;
		this.messages = messages;
		this.closed = closed;
	}

	/**
	 * Opens the WebSocket with the given header on the handshake and completes graphql-ws's connection_init.
	 * Throws (a {@code WebSocketHandshakeException} as the cause) when the server refuses the handshake.
	 */
	static GraphQlWebSocket connect(URI uri, String header, String value) throws Exception {
		return header == null ? connectWith(uri) : connectWith(uri, header, value);
	}

	/** {@link #connect} with any number of headers (name, value, name, value…). */
	public static GraphQlWebSocket connectWith(URI uri, String... headers) throws Exception {
		GraphQlWebSocket client = open(uri, Map.of(), headers);
		client.expect("connection_ack");
		return client;
	}

	/**
	 * Opens the WebSocket with the headers on the handshake and sends connection_init with the payload, as a browser
	 * does (it cannot set headers); {@link #expect} the ack, or {@link #closed} the refusal.
	 */
	static GraphQlWebSocket open(URI uri, Map<String, Object> initPayload, String... headers) throws Exception {
		BlockingQueue<Received> messages = new LinkedBlockingQueue<>();
		CompletableFuture<Closed> closed = new CompletableFuture<>();
		WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
			.connectTimeout(WAIT);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		WebSocket socket = builder.buildAsync(uri, new Collector(messages, closed)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
		GraphQlWebSocket client = new GraphQlWebSocket(socket, messages, closed);
		client.send(Map.of("type", "connection_init", "payload", initPayload));
		return client;
	}

	/** How the server closed the socket, waiting for it; fails if a message came first. */
	Closed closed() throws Exception {
		Closed how = this.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		if (!this.messages.isEmpty()) {
			throw new AssertionError("The socket answered before it closed: " + this.messages.peek());
		}
		return how;
	}

	/** Sends a document as operation {@code id} and answers the payload of its first {@code next} message. */
	JsonNode first(String id, String document) throws Exception {
		subscribe(id, document);
		return expect("next").get("payload");
	}

	/** Sends a document as operation {@code id}; its messages are then read with {@link #next}. */
	public void subscribe(String id, String document) throws Exception {
		send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", document)));
	}

	/** The next message, whatever its type, or null when none came within the time. */
	public Received next(Duration wait) throws InterruptedException {
		return this.messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void send(Map<String, Object> message) throws Exception {
		this.socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	/** The next message of the given type; a message of another type (an error, say) fails with that message. */
	JsonNode expect(String type) throws InterruptedException {
		Received received = next(WAIT);
		if (received == null) {
			throw new AssertionError("No '" + type + "' message within " + WAIT.toSeconds() + " s");
		}
		JsonNode message = received.message();
		if (!type.equals(message.path("type").asString())) {
			throw new AssertionError("Expected a '" + type + "' message, got " + message);
		}
		return message;
	}

	@Override
	public void close() {
		this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
	}

	/** Joins the frames of each text message and queues the parsed message. */
	private static final class Collector implements WebSocket.Listener {

		private final BlockingQueue<Received> messages;
		private final CompletableFuture<Closed> closed;
		private final StringBuilder partial = new StringBuilder();

		Collector(BlockingQueue<Received> messages, CompletableFuture<Closed> closed) {
			this.messages = messages;
			this.closed = closed;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			this.closed.complete(new Closed(statusCode, reason));
			return null;
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				this.messages.add(new Received(JSON.readTree(this.partial.toString()), System.nanoTime()));
				this.partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

	}

}
