package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * Concurrent readers and writers through HTTP for a bounded time: no request fails, and no update is lost — every
 * writer increments one shared counter with optimistic locking, retrying on a conflict, and the counter ends at
 * exactly the number of successful updates. Throughput and latency are printed; the figures that count are
 * measured by {@code docs/bench/load.py}.
 */
@GraphApplicationTest
class LoadTest {

	private static final int WRITERS = 4;

	private static final int READERS = 4;

	private static final long MILLIS = 6_000;

	private static final String READ = "query($id: ID!) { node(id: $id) { version description } }";

	private static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $description: String) {
			  updateNode(input: {id: $id, version: $version, description: $description}) { version }
			}""";

	@LocalServerPort
	int port;

	@Test
	void concurrentReadersAndWritersLoseNothing() throws Exception {
		GraphQlHttp editor = new GraphQlHttp(this.port, "ApiKey " + TestCredentials.EDITOR_KEY);
		GraphQlHttp viewer = new GraphQlHttp(this.port, "ApiKey " + TestCredentials.VIEWER_KEY);
		JsonNode created = editor.post("""
				mutation { createNode(input: {kind: CARE_AREA, id: "care-load-counter", name: "Lasttest",
				  provenance: INFERRED, reason: "Räknare för lasttestet", description: "0"}) { version } }""", Map.of());
		assertThat(created.path("errors").isMissingNode()).as(created.toString()).isTrue();

		AtomicInteger updates = new AtomicInteger();
		AtomicInteger conflicts = new AtomicInteger();
		AtomicInteger reads = new AtomicInteger();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long end = System.currentTimeMillis() + MILLIS;
		try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS)) {
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < WRITERS; i++) {
				work.add(pool.submit(() -> {
					while (System.currentTimeMillis() < end) {
						JsonNode node = editor.post(READ, Map.of("id", "care-load-counter")).path("data").path("node");
						int next = Integer.parseInt(node.path("description").asString()) + 1;
						long started = System.nanoTime();
						JsonNode result = editor.post(UPDATE, Map.of("id", "care-load-counter",
								"version", node.path("version").asInt(), "description", String.valueOf(next)));
						latencies.add(System.nanoTime() - started);
						if (result.path("errors").isMissingNode()) {
							updates.incrementAndGet();
						}
						else {
							assertThat(result.path("errors").get(0).path("extensions").path("classification").asString())
								.as(result.toString()).isEqualTo("CONFLICT");
							conflicts.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (int i = 0; i < READERS; i++) {
				work.add(pool.submit(() -> {
					while (System.currentTimeMillis() < end) {
						long started = System.nanoTime();
						JsonNode result = viewer.post("{ agreementGaps { stated { id } derived { id } } search(text: \"urologi\") { node { id } } }", Map.of());
						latencies.add(System.nanoTime() - started);
						assertThat(result.path("errors").isMissingNode()).as(result.toString()).isTrue();
						reads.incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> future : work) {
				future.get();
			}
		}
		JsonNode counter = editor.post(READ, Map.of("id", "care-load-counter")).path("data").path("node");
		assertThat(updates.get()).isPositive();
		assertThat(Integer.parseInt(counter.path("description").asString())).isEqualTo(updates.get());
		assertThat(counter.path("version").asInt()).isEqualTo(1 + updates.get());
		List<Long> sorted = latencies.stream().sorted().toList();
		System.out.printf("load: %d updates, %d conflicts retried, %d reads in %d ms; p50 %.1f ms, p99 %.1f ms%n",
				updates.get(), conflicts.get(), reads.get(), MILLIS, sorted.get(sorted.size() / 2) / 1e6,
				sorted.get((int) (sorted.size() * 0.99)) / 1e6);
	}

}
