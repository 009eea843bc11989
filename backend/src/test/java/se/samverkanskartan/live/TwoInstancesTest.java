package se.samverkanskartan.live;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkanskartan.live.LiveEdits.create;
import static se.samverkanskartan.live.LiveEdits.relate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;

import se.samverkanskartan.Application;
import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.Neo4jServerProcess;
import se.samverkanskartan.TestCredentials;
import se.samverkanskartan.migration.CypherMigrations;

/**
 * Two application instances on one Neo4j server in a JVM of its own, as two replicas behind a proxy: they start at
 * the same moment and the graph is brought up to date once; an edit through one reaches {@code graphChanged}
 * subscribers of the other, filtered by what the writing instance recorded; a stale version is a conflict whichever
 * instance the two writes went through.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesTest {

	/** When an announcement arrived, by {@link System#nanoTime()}. */
	private static final String ARRIVED = "arrived";

	private static final String SUBSCRIPTION = "subscription { graphChanged%s { action entityId } }";

	@TempDir
	static Path directory;

	static Neo4jServerProcess server;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static CapturedOutput startUp;

	@BeforeAll
	static void start(CapturedOutput output) throws Exception {
		startUp = output;
		server = Neo4jServerProcess.start(directory.resolve("neo4j"), directory.resolve("neo4j.log"));
		// At once, as replicas start once their database is healthy.
		try (ExecutorService starting = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<ConfigurableApplicationContext> one = starting.submit(TwoInstancesTest::instance);
			Future<ConfigurableApplicationContext> two = starting.submit(TwoInstancesTest::instance);
			first = one.get();
			second = two.get();
		}
	}

	@AfterAll
	static void stop() throws Exception {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
		if (server != null) {
			server.close();
		}
	}

	private static ConfigurableApplicationContext instance() {
		// As arguments, which rank above application.yaml (its server.port among them).
		return new SpringApplicationBuilder(Application.class).run(
				"--spring.neo4j.uri=" + server.bolt(),
				"--server.port=0",
				"--samverkanskartan.clock.today=" + GraphApplicationTest.TODAY,
				"--samverkanskartan.api.limits.timeout=30s");
	}

	@Test
	void theGraphIsBroughtUpToDateOnceThoughBothStartedAtOnce() {
		List<CypherMigrations.Migration> files = first.getBean(CypherMigrations.class).migrations();
		Map<Integer, Long> recorded = first.getBean(Driver.class).executableQuery(
				"MATCH (m:Migration) RETURN m.version AS version, count(*) AS records").execute().records().stream()
			.collect(Collectors.toMap(row -> row.get("version").asInt(), row -> row.get("records").asLong()));
		assertThat(recorded).hasSize(files.size()).allSatisfy((version, records) -> assertThat(records).isOne());
		String log = startUp.getAll();
		assertThat(occurrences(log, "Applied migration V")).isEqualTo(files.size());
		assertThat(occurrences(log, "from the data files in")).isOne();
		assertThat(occurrences(log, "Data files unchanged since the last load")).isOne();
	}

	@Test
	void anEditThroughOneReachesSubscribersOfTheOther() throws Exception {
		HttpGraphQlTester editor = editor(first);
		BlockingQueue<Map<String, Object>> all = new LinkedBlockingQueue<>();
		BlockingQueue<Map<String, Object>> skane = new LinkedBlockingQueue<>();
		BlockingQueue<Map<String, Object>> local = new LinkedBlockingQueue<>();
		List<Disposable> subscriptions = List.of(subscribe(second, "", all),
				subscribe(second, "(regions: [\"region-skane\"])", skane), subscribe(first, "", local));
		try {
			awaitLive(editor, all, skane, local);
			List<Long> remote = new ArrayList<>();
			List<Long> here = new ArrayList<>();
			List<Long> answered = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				long sent = System.nanoTime();
				String id = create(editor, "CARE_AREA", "Två instanser " + i);
				answered.add((System.nanoTime() - sent) / 1_000_000);
				remote.add(millisUntil(all, id, sent));
				here.add(millisUntil(local, id, sent));
			}
			System.out.printf("graphChanged, ms from sending the edit: the other instance %s, the same %s; the edit's answer %s%n",
					remote, here, answered);
			assertThat(remote).allSatisfy(millis -> assertThat(millis).isLessThan(3000));

			// The region filter of the other instance reads what the writing one recorded on the entry.
			String group = create(editor, "GROUP", "Två instanser grupp");
			String atSkane = relate(editor, "region-skane", group);
			assertThat(nextNotProbe(skane)).containsEntry("entityId", atSkane).containsEntry("action", "CREATE");
		}
		finally {
			subscriptions.forEach(Disposable::dispose);
		}
	}

	@Test
	void aStaleVersionIsAConflictWhicheverInstanceItComesThrough() throws Exception {
		HttpGraphQlTester one = editor(first);
		HttpGraphQlTester two = editor(second);
		String id = create(one, "CARE_AREA", "Två instanser konflikt");
		one.documentName("updateNode").variable("input", Map.of("id", id, "version", 1, "description", "genom den ena"))
			.execute().path("updateNode.version").entity(Integer.class).isEqualTo(2);
		two.documentName("updateNode").variable("input", Map.of("id", id, "version", 1, "description", "genom den andra"))
			.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
				assertThat(error.getExtensions()).containsEntry("currentVersion", 2);
			}));
		two.documentName("nodeState").variable("id", id).execute()
			.path("node.description").entity(String.class).isEqualTo("genom den ena");

		// The same version through both at once: one write wins, the other is told it is stale. Not on the common
		// pool, which has one thread on two cores: a blocked test there would hold up whatever else uses it.
		try (ExecutorService writing = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int version = 2; version < 6; version++) {
				int current = version;
				Future<Boolean> viaFirst = writing.submit(() -> updated(one, id, current));
				Future<Boolean> viaSecond = writing.submit(() -> updated(two, id, current));
				assertThat(List.of(viaFirst.get(), viaSecond.get())).containsExactlyInAnyOrder(true, false);
			}
		}
	}

	@Test
	void anAnswerKeptByOneIsForgottenOnceTheOtherHasChangedTheGraph() throws Exception {
		HttpGraphQlTester one = editor(first);
		HttpGraphQlTester two = editor(second);
		String id = create(one, "CARE_AREA", "Två instanser svar");
		BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
		Disposable subscription = subscribe(second, "", events);
		try {
			awaitLive(one, events);
			for (int asked = 0; asked < 2; asked++) {
				two.documentName("nodeState").variable("id", id).execute().path("node.description").valueIsNull();
			}
			long sent = System.nanoTime();
			one.documentName("updateNode").variable("input", Map.of("id", id, "version", 1, "description", "genom den ena"))
				.execute().path("updateNode.version").entity(Integer.class).isEqualTo(2);
			millisUntil(events, id, sent);

			// The other instance kept its answer (api/AnswerCache); the change, read from the trail, made it out of date.
			two.documentName("nodeState").variable("id", id).execute()
				.path("node.description").entity(String.class).isEqualTo("genom den ena");
		}
		finally {
			subscription.dispose();
		}
	}

	private static boolean updated(HttpGraphQlTester editor, String id, int version) {
		List<String> conflicts = new ArrayList<>();
		editor.documentName("updateNode")
			.variable("input", Map.of("id", id, "version", version, "description", "samtidigt " + version))
			.execute()
			.errors().satisfy(errors -> errors.forEach(error -> conflicts.add(String.valueOf(error.getErrorType()))));
		assertThat(conflicts).as("errors of a write against version %d", version).isSubsetOf("CONFLICT");
		return conflicts.isEmpty();
	}

	private static HttpGraphQlTester editor(ConfigurableApplicationContext instance) {
		return TestCredentials.graphQl(port(instance), TestCredentials.basic("editor", "editor-dev"));
	}

	private static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
	}

	private static Disposable subscribe(ConfigurableApplicationContext instance, String filters,
			BlockingQueue<Map<String, Object>> events) {
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder("ws://localhost:" + port(instance) + "/graphql", new StandardWebSocketClient())
			.headers(TestCredentials.basic("editor", "editor-dev"))
			.build();
		return tester.document(SUBSCRIPTION.formatted(filters)).executeSubscription().toFlux("graphChanged", Map.class)
			.subscribe(event -> {
				Map<String, Object> arrived = new HashMap<>(cast(event));
				arrived.put(ARRIVED, System.nanoTime());
				events.add(arrived);
			});
	}

	/** Makes probes every subscription takes (a group in Skåne) until each has seen one. */
	@SafeVarargs
	private static void awaitLive(HttpGraphQlTester editor, BlockingQueue<Map<String, Object>>... queues)
			throws InterruptedException {
		boolean[] live = new boolean[queues.length];
		for (int attempt = 0; attempt < 40; attempt++) {
			relate(editor, "region-skane", create(editor, "GROUP", "Två instanser prov " + attempt));
			boolean all = true;
			for (int i = 0; i < queues.length; i++) {
				live[i] = live[i] || queues[i].poll(500, TimeUnit.MILLISECONDS) != null;
				all &= live[i];
			}
			if (all) {
				return;
			}
		}
		throw new AssertionError("The subscriptions never became live");
	}

	/** Milliseconds from {@code sent} until the announcement of {@code id}, skipping the probes'. */
	private static long millisUntil(BlockingQueue<Map<String, Object>> events, String id, long sent)
			throws InterruptedException {
		while (true) {
			Map<String, Object> event = events.poll(10, TimeUnit.SECONDS);
			assertThat(event).as("the announcement of %s within 10 s", id).isNotNull();
			if (id.equals(event.get("entityId"))) {
				return ((long) event.get(ARRIVED) - sent) / 1_000_000;
			}
		}
	}

	private static Map<String, Object> nextNotProbe(BlockingQueue<Map<String, Object>> events) throws InterruptedException {
		while (true) {
			Map<String, Object> event = events.poll(10, TimeUnit.SECONDS);
			assertThat(event).as("an announcement within 10 s").isNotNull();
			if (!String.valueOf(event.get("entityId")).contains("prov")) {
				return event;
			}
		}
	}

	/** Lines of the log that hold the text, each counted once (nested captures may hold a line twice). */
	private static int occurrences(String log, String part) {
		return (int) log.lines().filter(line -> line.contains(part)).distinct().count();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> event) {
		return (Map<String, Object>) event;
	}

}
