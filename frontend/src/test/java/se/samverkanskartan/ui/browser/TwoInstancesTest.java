package se.samverkanskartan.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import tools.jackson.databind.JsonNode;

import se.samverkanskartan.migration.CypherMigrations;

/**
 * Two instances of the shipped application on one Neo4j server ({@link TwoInstances}): they start at the same moment
 * and the graph is brought up to date once; an edit through the first reaches {@code graphChanged} subscribers of
 * the second, filtered by what the first recorded, and a map open on the second; a stale version is a conflict
 * whichever instance the two writes went through.
 */
@ExtendWith(OutputCaptureExtension.class)
// After the other classes, RemoteApiModeTest (last, with an application of its own) aside: Vaadin points Spring
// Security's static SecurityContextHolder at the application that started last (see TwoInstances), so a class that
// reused an application cached before this one's second instance started would find its API answering as nobody.
@Order(Integer.MAX_VALUE - 1)
class TwoInstancesTest {

	private static final String SUS = "hospital-sus";

	@TempDir
	static Path directory;

	static TwoInstances instances;

	static CapturedOutput startUp;

	@BeforeAll
	static void start(CapturedOutput output) throws Exception {
		startUp = output;
		instances = TwoInstances.start(directory);
	}

	@AfterAll
	static void stop() throws Exception {
		if (instances != null) {
			instances.close();
		}
	}

	@Test
	void theGraphIsBroughtUpToDateOnceThoughBothStartedAtOnce() throws Exception {
		List<CypherMigrations.Migration> files = instances.second().getBean(CypherMigrations.class).migrations();
		Map<Integer, Long> recorded = instances.second().getBean(Driver.class).executableQuery(
				"MATCH (m:Migration) RETURN m.version AS version, count(*) AS records").execute().records().stream()
			.collect(Collectors.toMap(row -> row.get("version").asInt(), row -> row.get("records").asLong()));
		assertThat(recorded).hasSize(files.size()).allSatisfy((version, records) -> assertThat(records).isOne());
		String log = instances.firstLog() + startUp.getAll();
		assertThat(occurrences(log, "Applied migration V")).isEqualTo(files.size());
		assertThat(occurrences(log, "from the data files in")).isOne();
		assertThat(occurrences(log, "Data files unchanged since the last load")).isOne();
	}

	@Test
	void anEditThroughOneReachesSubscribersOfTheOther() throws Exception {
		EditorCalls editor = new EditorCalls(instances.firstPort());
		try (GraphChangedFeed all = GraphChangedFeed.open(instances.secondPort(), "");
				GraphChangedFeed skane = GraphChangedFeed.open(instances.secondPort(), "(regions: [\"region-skane\"])");
				GraphChangedFeed local = GraphChangedFeed.open(instances.firstPort(), "")) {
			GraphChangedFeed.awaitLive(editor, all, skane, local);
			List<Long> remote = new ArrayList<>();
			List<Long> here = new ArrayList<>();
			List<Long> answered = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				long sent = System.nanoTime();
				String id = editor.create("CARE_AREA", "Två instanser " + i);
				answered.add((System.nanoTime() - sent) / 1_000_000);
				remote.add(all.millisUntil(id, sent));
				here.add(local.millisUntil(id, sent));
			}
			System.out.printf("graphChanged, ms from sending the edit: the other instance %s, the same %s; the edit's answer %s%n",
					remote, here, answered);
			assertThat(remote).allSatisfy(millis -> assertThat(millis).isLessThan(3000));

			// The region filter of the other instance reads what the writing one recorded on the entry.
			String group = editor.create("GROUP", "Två instanser grupp");
			String atSkane = editor.relate("region-skane", group);
			GraphChangedFeed.Announcement inSkane = skane.nextNotProbe();
			assertThat(inSkane.entityId()).isEqualTo(atSkane);
			assertThat(inSkane.action()).isEqualTo("CREATE");
		}
	}

	/**
	 * The map is open on the second instance, the edit goes through the first, in another JVM: only the database joins
	 * them, so the new name can reach the page only as the second instance reads it from the audit trail.
	 */
	@Test
	void anOpenMapOnTheOtherFollowsAnEditWithoutReloading() throws Exception {
		EditorCalls editor = new EditorCalls(instances.firstPort());
		try (Playwright playwright = Playwright.create(); Browser browser = BrowserTest.chromium(playwright)) {
			Page map = browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1000).setLocale("sv-SE"))
				.newPage();
			map.setDefaultTimeout(30_000);
			map.navigate("http://localhost:" + instances.secondPort() + "/?region=region-skane");
			BrowserTest.submitLogin(map, "viewer", "viewer-dev");
			BrowserTest.waitForMap(map);
			assertThat(BrowserTest.drawn(map, SUS)).isTrue();
			// Gone if the page loads again: what follows must come to this very page.
			map.evaluate("() => window.openedBeforeTheEdit = true");

			JsonNode sus = editor.node(SUS);
			String renamed = sus.path("name").asString() + " (omdöpt genom den första)";
			JsonNode update = editor.update(SUS, sus.path("version").asInt(), "name", renamed);
			assertThat(update.path("data").path("updateNode").path("version").asInt()).as(update.toString())
				.isEqualTo(sus.path("version").asInt() + 1);

			map.waitForFunction("change => document.querySelector('cooperation-map').cy.getElementById(change.id)"
					+ ".data('name') === change.name", Map.of("id", SUS, "name", renamed));
			assertThat(map.evaluate("() => window.openedBeforeTheEdit === true")).isEqualTo(true);
		}
	}

	@Test
	void aStaleVersionIsAConflictWhicheverInstanceItComesThrough() throws Exception {
		EditorCalls one = new EditorCalls(instances.firstPort());
		EditorCalls two = new EditorCalls(instances.secondPort());
		String id = one.create("CARE_AREA", "Två instanser konflikt");
		assertThat(one.update(id, 1, "description", "genom den ena").path("data").path("updateNode").path("version")
			.asInt()).isEqualTo(2);
		JsonNode stale = two.update(id, 1, "description", "genom den andra");
		assertThat(stale.path("errors")).singleElement().satisfies(error -> {
			assertThat(error.path("extensions").path("classification").asString()).isEqualTo("CONFLICT");
			assertThat(error.path("extensions").path("currentVersion").asInt()).isEqualTo(2);
		});
		assertThat(two.node(id).path("description").asString()).isEqualTo("genom den ena");

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
		EditorCalls one = new EditorCalls(instances.firstPort());
		EditorCalls two = new EditorCalls(instances.secondPort());
		String id = one.create("CARE_AREA", "Två instanser svar");
		try (GraphChangedFeed events = GraphChangedFeed.open(instances.secondPort(), "")) {
			GraphChangedFeed.awaitLive(one, events);
			for (int asked = 0; asked < 2; asked++) {
				assertThat(two.node(id).path("description").isNull()).isTrue();
			}
			long sent = System.nanoTime();
			assertThat(one.update(id, 1, "description", "genom den ena").path("data").path("updateNode").path("version")
				.asInt()).isEqualTo(2);
			events.millisUntil(id, sent);

			// The other instance kept its answer (api/AnswerCache); the change, read from the trail, made it out of date.
			assertThat(two.node(id).path("description").asString()).isEqualTo("genom den ena");
		}
	}

	/** Whether the write went through; a refusal must be a conflict and nothing else. */
	private static boolean updated(EditorCalls editor, String id, int version) throws Exception {
		JsonNode answer = editor.update(id, version, "description", "samtidigt " + version);
		List<String> conflicts = answer.path("errors").valueStream()
			.map(error -> error.path("extensions").path("classification").asString()).toList();
		assertThat(conflicts).as("errors of a write against version %d", version).isSubsetOf("CONFLICT");
		return conflicts.isEmpty();
	}

	/** Lines of the log that hold the text, each counted once (nested captures may hold a line twice). */
	private static int occurrences(String log, String part) {
		return (int) log.lines().filter(line -> line.contains(part)).distinct().count();
	}

}
