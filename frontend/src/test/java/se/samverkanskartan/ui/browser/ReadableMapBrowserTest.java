package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/**
 * The overview the map opens on, as a strategist reads it at the two screen sizes of the office and the board room:
 * every drawn node labelled or counted, no label over another, no box over another or over a node it does not hold,
 * labels measured; counts that open in place; hover cards; a click on the map finds the row in the table.
 */
class ReadableMapBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theOverviewIsReadableAt1600By1000AndAfterAFilter() {
		open("");

		assertReadable(page, "overview-1600.png", 12);
		assertThat(Integer.parseInt(page.getAttribute("cooperation-map", "data-folded-count"))).isPositive();

		// A region chosen in the filter, as a person does it.
		page.locator("#filter-region input").click();
		page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("Region Skåne"))
			.first().click();
		page.keyboard().press("Escape");
		page.waitForURL(url -> url.contains("region=region-skane"));
		page.waitForFunction("() => document.querySelector('cooperation-map').cy.getElementById('hospital-sus').nonempty()"
				+ " && document.querySelector('cooperation-map').cy.getElementById('hospital-uso').empty()");
		assertReadable(page, "overview-skane-1600.png", 12);
	}

	@Test
	void theOverviewIsReadableAt1920By1080() {
		Page wide = newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080).setLocale("sv-SE")).newPage();
		login(wide, "viewer", "viewer-dev");

		assertReadable(wide, null, 12);
		wide.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("overview-1920.png")));
	}

	@Test
	void aCountOpensInPlaceAndClosesAgain() {
		open("");
		String count = "count:hospital-sus";
		assertThat(text("id => document.querySelector('cooperation-map').cy.getElementById(id).data('label')", count))
			.contains("uppdrag");
		Map<String, Object> before = positions();

		page.evaluate("id => document.querySelector('cooperation-map').cy.getElementById(id).emit('tap')", count);

		page.waitForFunction("() => document.querySelector('cooperation-map').cy.nodes('.count.open').length === 1");
		assertThat((Boolean) page.evaluate("() => document.querySelector('cooperation-map').cy.nodes()"
				+ ".some(n => n.id() === 'assignment-delprojekt-24')")).isTrue();
		Map<String, Object> after = positions();
		before.forEach((id, at) -> assertThat(after.get(id)).as("%s stays where it was", id).isEqualTo(at));
		// What opened is placed where it meets nothing: still no overlap.
		assertReadable(page, null, 0);

		page.waitForFunction("() => !document.querySelector('cooperation-map').cy.animated()");
		page.evaluate("id => document.querySelector('cooperation-map').cy.getElementById(id).emit('tap')", count);
		page.waitForFunction("() => document.querySelector('cooperation-map').cy.nodes('.count.open').length === 0");
		assertThat((Boolean) page.evaluate("() => document.querySelector('cooperation-map').cy.nodes()"
				+ ".some(n => n.id() === 'assignment-delprojekt-24')")).isFalse();
	}

	@Test
	void aHoverCardShowsNameKindAndTheFirstQuoteWithItsDocumentAndLine() {
		open("");

		hover("hospital-sus");

		Locator card = page.locator("#map-card");
		assertThat(card).isVisible();
		assertThat(card).containsText("Skånes universitetssjukhus");
		assertThat(card).containsText("Sjukhus");
		assertThat(card).containsText("rad ");
		assertThat(card.locator(".cm-card-quote")).not().isEmpty();
	}

	@Test
	void aClickOnTheMapSelectsAndShowsTheNodesRowInTheTable() {
		open("");

		page.evaluate("() => document.querySelector('cooperation-map').cy.getElementById('hospital-ystad').emit('tap')");

		page.waitForFunction("() => document.querySelector('#node-grid').selectedItems.length === 1");
		assertThat(page.locator("#detail-title")).containsText("Lasarettet i Ystad");
		// Scrolled to: the selected row is among the rows the grid shows.
		assertThat(page.locator("#node-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
			.setHasText("Lasarettet i Ystad")).first()).isVisible();
	}

	@Test
	void theSidePanelOpensFromItsRailAndFoldsAgainLeavingTheMapItsWidth() {
		open("");
		Locator side = page.locator("vaadin-tabsheet.side");
		double folded = side.boundingBox().width;
		assertThat(folded).as("the folded panel is a rail").isLessThan(60);
		assertThat(page.getByText("Klicka på en nod eller relation")).not().isVisible();

		// A tab on the rail opens the panel on it.
		side.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Avtalsluckor")).click();
		page.waitForFunction("() => document.querySelector('vaadin-tabsheet.side').getBoundingClientRect().width > 300");
		assertThat(page.locator("vaadin-tab[selected]").filter(new Locator.FilterOptions().setHasText("Avtalsluckor")))
			.isVisible();

		// Its button folds it again, and the map takes the width back.
		double narrow = page.locator("cooperation-map").boundingBox().width;
		page.locator("#side-toggle").click();
		page.waitForFunction("() => document.querySelector('vaadin-tabsheet.side').getBoundingClientRect().width < 60");
		assertThat(page.locator("cooperation-map").boundingBox().width).isGreaterThan(narrow + 250);

		// Choosing a node on the map, at the far right of the picture, opens its details; the node stays in view.
		String rightmost = (String) page.evaluate("""
				() => document.querySelector('cooperation-map').cy.nodes(':childless').not('.count')
				  .max((n) => n.renderedBoundingBox({ includeLabels: true }).x2).ele.id()""");
		page.evaluate("id => document.querySelector('cooperation-map').cy.getElementById(id).select().emit('tap')",
				rightmost);
		page.waitForFunction("() => document.querySelector('vaadin-tabsheet.side').getBoundingClientRect().width > 300");
		assertThat(page.locator("#detail-title")).isVisible();
		page.waitForFunction("""
				id => { const m = document.querySelector('cooperation-map'); const b = m.cy.getElementById(id).renderedBoundingBox();
				  return b.x1 >= 0 && b.x2 <= m.cy.width(); }""", rightmost);
	}

	/** What a reader sees: the map's own measure of its labels and boxes, on screen, and its smallest label. */
	private void assertReadable(Page on, String screenshot, double smallestPx) {
		on.waitForFunction("() => !document.querySelector('cooperation-map').cy.animated()");
		Map<?, ?> report = JSON.readValue((String) on.evaluate("() => document.querySelector('cooperation-map').readability()"),
				Map.class);
		assertThat(report.get("labels")).as("labels drawn").isNotEqualTo(0);
		assertThat(report.get("unlabelled")).as("drawn nodes without a label").isEqualTo(0);
		assertThat(report.get("overlappingLabels")).as("overlapping label pairs: %s", report.get("examples")).isEqualTo(0);
		assertThat(report.get("overlappingBoxes")).as("overlapping boxes").isEqualTo(0);
		assertThat(report.get("misplaced")).as("nodes inside a box they do not belong to").isEqualTo(0);
		System.out.println("[readability] " + report);
		assertThat(((Number) report.get("smallestLabelPx")).doubleValue()).as("the smallest label, px on screen")
			.isGreaterThanOrEqualTo(smallestPx);
		if (screenshot != null && on == page) {
			screenshot(screenshot);
		}
	}

	private void hover(String id) {
		page.waitForFunction("() => !document.querySelector('cooperation-map').cy.animated()");
		Map<?, ?> at = JSON.readValue((String) page.evaluate("""
				id => { const m = document.querySelector('cooperation-map'); const p = m.cy.getElementById(id).renderedPosition();
				  const r = m.querySelector('.cm-canvas').getBoundingClientRect();
				  return JSON.stringify({ x: r.left + p.x, y: r.top + p.y }); }""", id), Map.class);
		page.mouse().move(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> positions() {
		return JSON.readValue((String) page.evaluate("() => document.querySelector('cooperation-map').positions()"),
				Map.class);
	}

	private String text(String script, Object argument) {
		return String.valueOf(page.evaluate(script, argument));
	}
}
