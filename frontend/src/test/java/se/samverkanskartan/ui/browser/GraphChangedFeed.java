package se.samverkanskartan.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import tools.jackson.databind.JsonNode;

import se.samverkanskartan.ui.app.ApiCalls;
import se.samverkanskartan.ui.app.GraphQlWebSocket;

/** A {@code graphChanged} subscription on one instance, as the development editor, over graphql-ws. */
final class GraphChangedFeed implements AutoCloseable {

	private static final String SUBSCRIPTION = "subscription { graphChanged%s { action entityId } }";

	private static final Duration WAIT = Duration.ofSeconds(10);

	/** One announcement, and when it arrived by {@link System#nanoTime()}. */
	record Announcement(String action, String entityId, long arrived) {

		boolean probe() {
			return this.entityId.contains("prov");
		}

	}

	private final GraphQlWebSocket socket;

	private GraphChangedFeed(GraphQlWebSocket socket) {
		this.socket = socket;
	}

	/** Subscribes with the filters (the arguments in parentheses, or nothing). */
	static GraphChangedFeed open(int port, String filters) throws Exception {
		GraphQlWebSocket socket = GraphQlWebSocket.connectWith(URI.create("ws://localhost:" + port + "/graphql"),
				ApiCalls.basic("editor", "editor-dev"));
		socket.subscribe("1", SUBSCRIPTION.formatted(filters));
		return new GraphChangedFeed(socket);
	}

	/** Makes probes every feed hears (a group in Skåne) until each has heard one: the subscriptions are then live. */
	static void awaitLive(EditorCalls editor, GraphChangedFeed... feeds) throws Exception {
		boolean[] live = new boolean[feeds.length];
		for (int attempt = 0; attempt < 40; attempt++) {
			editor.relate("region-skane", editor.create("GROUP", "Två instanser prov " + attempt));
			boolean all = true;
			for (int i = 0; i < feeds.length; i++) {
				live[i] = live[i] || feeds[i].next(Duration.ofMillis(500)) != null;
				all &= live[i];
			}
			if (all) {
				return;
			}
		}
		throw new AssertionError("The subscriptions never became live");
	}

	/** Milliseconds from {@code sent} until the announcement of {@code id}, skipping the others. */
	long millisUntil(String id, long sent) throws InterruptedException {
		while (true) {
			Announcement announcement = next(WAIT);
			assertThat(announcement).as("the announcement of %s within %s", id, WAIT).isNotNull();
			if (id.equals(announcement.entityId())) {
				return (announcement.arrived() - sent) / 1_000_000;
			}
		}
	}

	/** The next announcement that is not of a probe's. */
	Announcement nextNotProbe() throws InterruptedException {
		while (true) {
			Announcement announcement = next(WAIT);
			assertThat(announcement).as("an announcement within %s", WAIT).isNotNull();
			if (!announcement.probe()) {
				return announcement;
			}
		}
	}

	/** The next announcement, or null when none came in time; any other message (an error) fails. */
	private Announcement next(Duration wait) throws InterruptedException {
		GraphQlWebSocket.Received received = this.socket.next(wait);
		if (received == null) {
			return null;
		}
		JsonNode message = received.message();
		assertThat(message.path("type").asString()).as("a message of graphChanged: %s", message).isEqualTo("next");
		JsonNode change = message.path("payload").path("data").path("graphChanged");
		return new Announcement(change.path("action").asString(), change.path("entityId").asString(), received.arrived());
	}

	@Override
	public void close() {
		this.socket.close();
	}

}
