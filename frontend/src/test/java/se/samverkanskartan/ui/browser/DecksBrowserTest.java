package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decks kept by the server: a strategist (editor) prepares a deck on one computer and publishes it; the director
 * (viewer) opens it on another (another browser context, another session) and presents it, captions and frozen
 * data dates included.
 */
class DecksBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The benchmark's example deck and contrast measure, shared with {@code readability.mjs}. */
	private static final Path BENCH = Paths.get("..", "docs", "bench", "map-fps");

	@Test
	void aStrategistPublishesADeckThatTheDirectorPresentsOnAnotherComputer() {
		Page strategist = openAs("editor", "");
		openViews(strategist);
		strategist.locator("#deck-name input").fill("Styrelsemöte december");
		strategist.locator("#new-deck").click();
		assertThat(strategist.locator("#publish-deck")).isVisible();
		assertThat(strategist.locator("#publish-deck")).hasText("Publicera");

		saveSlide(strategist, "Hela nätverket", "Samverkan i hela Södra sjukvårdsregionen", 1);
		strategist.navigate("http://localhost:" + port + "/?kind=HOSPITAL,REGION,HEALTHCARE_REGION&layout=geographic");
		waitForMap(strategist);
		openViews(strategist);
		saveSlide(strategist, "Sjukhus på kartan", "", 2);
		saveSlide(strategist, "Tillfällig", "", 3);
		Locator rows = strategist.locator("#slide-list .saved-view");
		assertThat(rows).hasCount(3);

		// Reorder, delete, rename with a caption, and make one live: each answered by the server.
		rows.nth(0).locator(".slide-down").click();
		assertThat(rows.nth(0)).containsText("1. Sjukhus på kartan");
		rows.nth(1).locator(".slide-up").click();
		assertThat(rows.nth(0)).containsText("1. Hela nätverket");
		rows.nth(2).locator(".slide-delete").click();
		assertThat(rows).hasCount(2);
		rows.nth(1).locator(".slide-edit").click();
		strategist.locator("#slide-live").click();
		strategist.locator("#slide-save").click();
		assertThat(rows.nth(1)).containsText("live");

		// A name over the limit is refused in Swedish, naming the field, and the deck keeps its name.
		strategist.locator("#deck-name input").fill("x".repeat(201));
		strategist.locator("#rename-deck").click();
		assertThat(strategist.locator("vaadin-notification-card")
			.filter(new Locator.FilterOptions().setHasText("Namn: är för långt"))).isVisible();

		strategist.locator("#publish-deck").click();
		assertThat(strategist.locator("#publish-deck")).hasText("Sluta publicera");
		String slideFromJanuary = addSlideSavedInJanuary();

		Page director = openAs("viewer", "");
		openViews(director);
		// The director may have decks of their own (other tests save views as the viewer): the shared one is chosen.
		director.locator("#deck-select").click();
		// Chosen already when it is the director's only deck: its item then lies under the opening overlay's part.
		director.locator("vaadin-select-item[role=option]")
			.filter(new Locator.FilterOptions().setHasText("Styrelsemöte december"))
			.click(new Locator.ClickOptions().setForce(true));
		Locator shared = director.locator("#slide-list");
		assertThat(shared).containsText("Hela nätverket");
		assertThat(shared).containsText("Samverkan i hela Södra sjukvårdsregionen");
		assertThat(shared).containsText(slideFromJanuary);
		// Someone else's deck: shown and presented, not changed.
		assertThat(director.locator("#slide-list .slide-edit")).hasCount(0);
		assertThat(director.locator("#publish-deck")).isHidden();

		director.locator("#present-views").click();
		assertThat(director.locator("html")).hasClass(Pattern.compile(".*presenting.*"));
		assertThat(director.locator("#stamp"))
			.hasText(Pattern.compile("Hela nätverket — Data per \\d{4}-\\d{2}-\\d{2} \\(sparad\\) \\(1/3\\)"));
		assertThat(director.locator("#slide-caption")).hasText("Samverkan i hela Södra sjukvårdsregionen");
		screenshot(director, "deck-presented.png");
		director.keyboard().press("ArrowRight");
		assertThat(director.locator("#stamp"))
			.hasText(Pattern.compile("Sjukhus på kartan — Data per \\d{4}-\\d{2}-\\d{2} \\(live\\) \\(2/3\\)"));
		assertThat(director.locator("#slide-caption")).isHidden();
		director.keyboard().press("ArrowRight");
		// Saved in January: the map shows the data as they were then, not today's.
		assertThat(director.locator("#stamp")).hasText(slideFromJanuary + " — Data per 2025-01-15 (sparad) (3/3)");
		director.waitForFunction("() => location.search.includes('asOf=2025-01-15')");
		assertThat(director.locator("#slide-caption")).hasText("Läget i januari");
		screenshot(director, "deck-frozen.png");
		director.keyboard().press("Escape");
		assertThat(director.locator(".page-header")).isVisible();
	}

	/**
	 * The example deck of {@code docs/bench/map-fps/example-deck.json} (overview, healthcare region, regions, stated
	 * gaps, hospitals on the map of Sweden, a care area), presented on a 1920×1080 projector: every slide without
	 * overlapping labels or boxes, its labels at least 18 px, stamp, caption and legend at least 24 px, and every
	 * text and the gap colour at least 4.5:1 against what lies behind it (WCAG AA).
	 */
	@Test
	void everySlideOfTheExampleDeckCanBeReadFromTheBackOfTheBoardRoom() throws IOException {
		JsonNode example = JSON.readTree(Files.readString(BENCH.resolve("example-deck.json")));
		String contrast = Files.readString(BENCH.resolve("contrast.js"));
		String deckId = createDeck("admin", example);

		Page director = newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080).setLocale("sv-SE"))
			.newPage();
		login(director, "admin", "admin-dev");
		openViews(director);
		director.locator("#deck-select").click();
		director.locator("vaadin-select-item[role=option]").filter(new Locator.FilterOptions()
			.setHasText(example.path("name").asString()))
			.click(new Locator.ClickOptions().setForce(true));
		assertThat(director.locator("#slide-list .saved-view")).hasCount(example.path("slides").size());
		director.locator("#present-views").click();

		int total = example.path("slides").size();
		for (int i = 1; i <= total; i++) {
			JsonNode slide = example.path("slides").get(i - 1);
			assertThat(director.locator("#stamp")).containsText(slide.path("name").asString() + " — Data per");
			assertThat(director.locator("#stamp")).containsText("(" + i + "/" + total + ")");
			director.waitForFunction("() => { const m = document.querySelector('cooperation-map');"
					+ " return m.cy && !m.cy.animated() && !m.tidyPending && Number(m.dataset.nodeCount) > 0; }");
			String where = "slide " + i + " (" + slide.path("name").asString() + ")";
			JsonNode read = JSON.readTree((String) director.evaluate("() => document.querySelector('cooperation-map').readability()"));
			assertThat(read.path("overlappingLabels").asInt()).as(where + ": overlapping labels " + read).isZero();
			assertThat(read.path("overlappingBoxes").asInt()).as(where + ": overlapping boxes").isZero();
			assertThat(read.path("misplaced").asInt()).as(where + ": nodes in a box not theirs").isZero();
			assertThat(read.path("smallestLabelPx").asDouble()).as(where + ": smallest label").isGreaterThanOrEqualTo(18);
			for (String text : List.of("#stamp", ".cm-legend", "#slide-caption")) {
				Locator shown = director.locator(text);
				if (shown.isVisible()) {
					assertThat(fontPx(shown)).as(where + ": " + text).isGreaterThanOrEqualTo(24);
				}
			}
			JsonNode ratios = JSON.readTree((String) director.evaluate(contrast));
			assertThat(ratios.properties()).as(where).isNotEmpty();
			ratios.properties().forEach(pair -> assertThat(pair.getValue().path("ratio").asDouble())
				.as(where + ": contrast of " + pair.getKey() + " " + pair.getValue()).isGreaterThanOrEqualTo(4.5));
			if (i == 1) {
				assertThat(ratios.has("gap lines")).as("the overview draws gaps").isTrue();
				assertThat(director.locator("#slide-caption")).hasText(slide.path("caption").asString());
			}
			screenshot(director, "example-deck-" + i + ".png");
			director.keyboard().press("ArrowRight");
		}
		graphQl("admin", "mutation { deleteDeck(id: \"" + deckId + "\", version: "
				+ JSON.readTree(graphQl("admin", "{ myDecks { id version } }")).at("/data/myDecks/0/version").asInt() + ") }");
	}

	/** Creates a deck of the user's with the example's slides, each live (today's data); answers its id. */
	private String createDeck(String user, JsonNode example) {
		JsonNode deck = JSON.readTree(graphQl(user, "mutation { createDeck(name: " + quoted(example.path("name").asString())
				+ ") { id version } }")).at("/data/createDeck");
		for (JsonNode slide : example.path("slides")) {
			String answer = graphQl(user, "mutation { addSlide(input: {deckId: \"" + deck.path("id").asString()
					+ "\", version: " + deck.path("version").asInt() + ", name: " + quoted(slide.path("name").asString())
					+ ", caption: " + quoted(slide.path("caption").asString("")) + ", view: "
					+ quoted(slide.path("view").asString()) + ", dataAsOf: \"2026-12-01\", live: true}) { id version } }");
			assertThat(answer).doesNotContain("errors");
			deck = JSON.readTree(answer).at("/data/addSlide");
		}
		return deck.path("id").asString();
	}

	private static String quoted(String text) {
		return JSON.writeValueAsString(text);
	}

	private static double fontPx(Locator element) {
		return Double.parseDouble(((String) element.evaluate("e => getComputedStyle(e).fontSize")).replace("px", ""));
	}

	private static void openViews(Page on) {
		on.getByText("Sparade vyer").first().click();
		assertThat(on.locator("#saved-views")).isVisible();
	}

	/** Saves the current view as a slide; the deck then holds {@code slides}. */
	private static void saveSlide(Page on, String name, String caption, int slides) {
		on.locator("#view-name input").fill(name);
		on.locator("#view-caption textarea").fill(caption);
		on.locator("#save-view").click();
		assertThat(on.locator("#slide-list .saved-view")).hasCount(slides);
		assertThat(on.locator("#slide-list")).containsText(name);
	}

	/** A slide of today's view whose data were those of 15 January 2025, as if saved that day. */
	private String addSlideSavedInJanuary() {
		JsonNode deck = JSON.readTree(graphQl("editor", "{ myDecks { id version } }")).at("/data/myDecks/0");
		String answer = graphQl("editor", "mutation { addSlide(input: {deckId: \"" + deck.path("id").asString()
				+ "\", version: " + deck.path("version").asInt() + ", name: \"Januari\", caption: \"Läget i januari\","
				+ " view: \"\", dataAsOf: \"2025-01-15\"}) { version } }");
		assertThat(answer).doesNotContain("errors");
		return "Januari";
	}

	private static void screenshot(Page on, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		on.waitForFunction("() => !document.querySelector('cooperation-map')?.cy?.animated()");
		on.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
	}
}
