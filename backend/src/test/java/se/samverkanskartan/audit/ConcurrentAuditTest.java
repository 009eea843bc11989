package se.samverkanskartan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * Writers editing different facts at the same time each get their audit entries, and the trail puts them all in one
 * order: numbered 1, 2, 3, … without gaps or repeats, each fact's changes in the order they were made. A follower
 * reading "everything after the last entry I saw" while the writes go on ends up with exactly that trail, missing
 * none, however the commits and their placing interleave.
 */
@GraphApplicationTest
class ConcurrentAuditTest {

	private static final int WRITERS = 8;

	private static final int EDITS = 12;

	private static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $description: String) {
			  updateNode(input: {id: $id, version: $version, description: $description}) { version }
			}""";

	/** A bound on waiting for the placing to catch up, so that a broken sequencer fails the test instead of hanging it. */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	AuditReader reader;

	@Autowired
	Neo4jClient client;

	@Test
	void concurrentWritersOnDifferentFactsAllGetEntriesInOneGapFreeOrderThatAFollowerMissesNothingOf() throws Exception {
		HttpGraphQlTester editor = TestCredentials.graphQl(this.port, TestCredentials.basic("editor", "editor-dev"));
		List<String> ids = new ArrayList<>();
		for (int n = 0; n < WRITERS; n++) {
			String id = "care-concurrent-audit-" + n;
			editor.document("mutation($id: ID!, $name: String!) { createNode(input: {kind: CARE_AREA, id: $id, name: $name, "
					+ "provenance: INFERRED, "
					+ "reason: \"Samtidiga ändringar\", description: \"0\"}) { id } }")
				.variable("id", id).variable("name", id).execute().path("createNode.id").entity(String.class).isEqualTo(id);
			ids.add(id);
		}
		long start = lastPlaced();

		AtomicBoolean writing = new AtomicBoolean(true);
		CountDownLatch go = new CountDownLatch(1);
		List<AuditEntry> followed = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1)) {
			// The follower asks in small pages, as often as it can, while the entries are being written and placed.
			Future<?> follower = pool.submit(() -> {
				long last = start;
				while (writing.get()) {
					List<AuditEntry> page = this.reader.placedAfter(last, 5);
					followed.addAll(page);
					last = page.isEmpty() ? last : page.getLast().seq();
				}
				return null;
			});
			List<Future<?>> writers = new ArrayList<>();
			for (String id : ids) {
				writers.add(pool.submit(() -> {
					go.await();
					for (int version = 1; version <= EDITS; version++) {
						editor.document(UPDATE)
							.variable("id", id).variable("version", version).variable("description", "ändring " + version)
							.execute().path("updateNode.version").entity(Integer.class).isEqualTo(version + 1);
					}
					return null;
				}));
			}
			go.countDown();
			for (Future<?> writer : writers) {
				writer.get();
			}
			writing.set(false);
			follower.get();
		}
		// Everything written is committed now; the follower reads on until it has what the trail has.
		List<AuditEntry> trail = caughtUp(start);
		long last = followed.isEmpty() ? start : followed.getLast().seq();
		followed.addAll(followUpTo(last, trail.getLast().seq()));

		assertThat(trail).extracting(AuditEntry::seq)
			.as("numbered on from the entries before, without gaps or repeats")
			.isEqualTo(LongStream.rangeClosed(start + 1, start + trail.size()).boxed().toList());
		assertThat(followed).as("what the follower saw while the writes went on, and after")
			.extracting(AuditEntry::id).isEqualTo(trail.stream().map(AuditEntry::id).toList());
		for (String id : ids) {
			List<AuditEntry> ofFact = trail.stream().filter(entry -> entry.entityId().equals(id)).toList();
			assertThat(ofFact).as(id).extracting(AuditEntry::version)
				.isEqualTo(LongStream.rangeClosed(2, EDITS + 1).boxed().toList());
			assertThat(ofFact).extracting(AuditEntry::action).containsOnly("UPDATE");
			// The trail as the API lists it, newest first: every change once, the creation last.
			editor.document("query($id: ID!) { auditTrail(entityId: $id, first: 100) { edges { node { version action } } } }")
				.variable("id", id).execute()
				.path("auditTrail.edges[*].node.version").entityList(Long.class)
				.isEqualTo(LongStream.iterate(EDITS + 1, v -> v >= 1, v -> v - 1).boxed().toList());
		}
		assertThat(new HashSet<>(trail.stream().map(AuditEntry::id).toList())).hasSize(trail.size());
	}

	/** The highest place given so far, once every entry committed so far has been placed. */
	private long lastPlaced() {
		awaitNothingPending();
		return this.client.query("MATCH (e:AuditEntry) WHERE e.seq IS NOT NULL RETURN coalesce(max(e.seq), 0)")
			.fetchAs(Long.class).one().orElseThrow();
	}

	/** The trail after {@code seq}, once every entry committed so far has been placed. */
	private List<AuditEntry> caughtUp(long seq) {
		awaitNothingPending();
		List<AuditEntry> all = new ArrayList<>();
		for (List<AuditEntry> page = this.reader.placedAfter(seq, 1000); !page.isEmpty();
				page = this.reader.placedAfter(page.getLast().seq(), 1000)) {
			all.addAll(page);
		}
		return all;
	}

	/** The placing runs in the background, woken by each commit: wait for it, within {@link #PATIENCE}. */
	private void awaitNothingPending() {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (this.client.query("RETURN EXISTS { MATCH (:AuditPending) }").fetchAs(Boolean.class).one().orElseThrow()) {
			assertThat(System.nanoTime()).as("entries still waiting for their place after " + PATIENCE).isLessThan(deadline);
		}
	}

	/** What a follower reads after {@code last} until it has reached {@code through}. */
	private List<AuditEntry> followUpTo(long last, long through) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		List<AuditEntry> rest = new ArrayList<>();
		while (last < through) {
			assertThat(System.nanoTime()).as("the follower stuck after " + last).isLessThan(deadline);
			List<AuditEntry> page = this.reader.placedAfter(last, 5);
			rest.addAll(page);
			last = page.isEmpty() ? last : page.getLast().seq();
		}
		return rest;
	}

}
