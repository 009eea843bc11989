package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/**
 * The geographic layout as a person reads it: chosen in the layout select, drawn on a base map of Sweden (Natural
 * Earth outlines bundled with the page), each hospital on the drawn land at its own place, nothing over anything,
 * and the outline moving with the nodes when the map is zoomed and panned.
 */
class GeographicMapBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One in Skåne, one in Kronoberg, one in Örebro län: inland, so on the land at any outline's resolution. */
	private static final List<String> INLAND = List.of("hospital-sus", "hospital-vaxjo", "hospital-ljungby", "hospital-uso");

	@Test
	void chosenInTheLayoutSelectTheMapIsDrawnOnSwedenAndFollowsAZoomAndAPan() {
		List<String> console = listen(page);
		open("");

		page.locator("#layout-select").click();
		page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Geografisk")).first().click();
		page.waitForURL(url -> url.contains("layout=geographic"));
		waitForBaseMap(page);

		assertOnSwedenAtTheirPlaces(page);
		assertReadable(page, 8);
		screenshot("geographic-1600.png");

		// Zoomed in twice on Skåne around Skånes universitetssjukhus, then moved aside, as the wheel and a drag do (set
		// on Cytoscape directly: Playwright's wheel did not reach Cytoscape's handler in headless Chromium here).
		page.evaluate("""
				() => { const cy = document.querySelector('cooperation-map').cy;
				  cy.zoom({ level: cy.zoom() * 2, renderedPosition: cy.getElementById('hospital-sus').renderedPosition() });
				  cy.panBy({ x: -120, y: 60 }); }""");
		page.waitForFunction("() => !document.querySelector('cooperation-map').cy.animated()");
		for (String id : List.of("hospital-sus", "hospital-ystad", "hospital-csk")) {
			assertThat(onSweden(page, id)).as("%s still on the drawn Sweden after zooming in", id).isTrue();
		}
		screenshot("geographic-zoomed-1600.png");
		assertThat(console).as("console errors and warnings").isEmpty();
	}

	@Test
	void openedByALinkOnTheBoardRoomsScreen() {
		Page wide = newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080).setLocale("sv-SE")).newPage();
		List<String> console = listen(wide);
		login(wide, "viewer", "viewer-dev");
		wide.navigate("http://localhost:" + port + "/?layout=geographic");
		waitForMap(wide);
		waitForBaseMap(wide);

		assertOnSwedenAtTheirPlaces(wide);
		assertReadable(wide, 8);
		wide.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("geographic-1920.png")));
		assertThat(console).as("console errors and warnings").isEmpty();
	}

	private static List<String> listen(Page on) {
		List<String> messages = new CopyOnWriteArrayList<>();
		on.onConsoleMessage(m -> {
			if ("error".equals(m.type()) || "warning".equals(m.type())) {
				messages.add(m.type() + ": " + m.text());
			}
		});
		on.onPageError(messages::add);
		return messages;
	}

	private static void waitForBaseMap(Page on) {
		on.waitForSelector("cooperation-map[data-base-map=drawn]");
		on.waitForFunction("() => !document.querySelector('cooperation-map').cy.animated()");
		Locator sweden = on.locator("cooperation-map svg.cm-basemap path.cm-basemap-sweden");
		assertThat(sweden).isVisible();
		// Behind the nodes: the outline comes before Cytoscape's canvases, which are drawn over it.
		assertThat((Boolean) on.evaluate("""
				() => { const svg = document.querySelector('cooperation-map svg.cm-basemap');
				  const canvas = document.querySelector('cooperation-map .cm-canvas canvas');
				  return !!(svg.compareDocumentPosition(canvas) & Node.DOCUMENT_POSITION_FOLLOWING)
				    && getComputedStyle(svg).pointerEvents === 'none'; }""")).isTrue();
	}

	/** Inland hospitals on the drawn land, and the places in their order on the screen as on the ground. */
	private static void assertOnSwedenAtTheirPlaces(Page on) {
		for (String id : INLAND) {
			assertThat(onSweden(on, id)).as("%s on the drawn Sweden", id).isTrue();
		}
		double susY = y(on, "hospital-sus");
		assertThat(y(on, "hospital-vaxjo")).as("Växjö north of Lund").isLessThan(susY);
		assertThat(y(on, "hospital-uso")).as("Örebro north of Växjö").isLessThan(y(on, "hospital-vaxjo"));
		assertThat(y(on, "hospital-trelleborg")).as("Trelleborg south of Lund").isGreaterThan(susY);
		assertThat(x(on, "hospital-helsingborg")).as("Helsingborg west of Kristianstad").isLessThan(x(on, "hospital-csk"));
		assertThat(x(on, "hospital-csk")).as("Kristianstad west of Karlskrona").isLessThan(x(on, "hospital-blekingesjukhuset"));
	}

	private static boolean onSweden(Page on, String id) {
		return (Boolean) on.evaluate("id => document.querySelector('cooperation-map').onSweden(id)", id);
	}

	private static double x(Page on, String id) {
		return ((Number) screenPosition(on, id).get("x")).doubleValue();
	}

	private static double y(Page on, String id) {
		return ((Number) screenPosition(on, id).get("y")).doubleValue();
	}

	private static Map<?, ?> screenPosition(Page on, String id) {
		return JSON.readValue((String) on.evaluate("""
				id => { const m = document.querySelector('cooperation-map'); const p = m.cy.getElementById(id).renderedPosition();
				  const r = m.querySelector('.cm-canvas').getBoundingClientRect();
				  return JSON.stringify({ x: r.left + p.x, y: r.top + p.y }); }""", id), Map.class);
	}

	private static void assertReadable(Page on, double smallestPx) {
		Map<?, ?> report = JSON.readValue((String) on.evaluate("() => document.querySelector('cooperation-map').readability()"),
				Map.class);
		System.out.println("[readability geographic " + on.viewportSize().width + "] " + report);
		assertThat(report.get("labels")).as("labels drawn").isNotEqualTo(0);
		assertThat(report.get("overlappingLabels")).as("overlapping label pairs: %s", report.get("examples")).isEqualTo(0);
		assertThat(report.get("overlappingBoxes")).as("overlapping boxes").isEqualTo(0);
		assertThat(report.get("misplaced")).as("nodes inside a box they do not belong to").isEqualTo(0);
		assertThat(((Number) report.get("smallestLabelPx")).doubleValue()).as("the smallest label, px on screen")
			.isGreaterThanOrEqualTo(smallestPx);
	}
}
