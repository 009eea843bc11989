package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

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
		director.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Styrelsemöte december"))
			.click();
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
