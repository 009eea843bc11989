package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The features that broke when the UI's copies of the backend's words drifted, used as a person uses them: a
 * double-click on a node and the depth control, a link that opens on a focus, the "lacks an agreement" filter,
 * the red ring on the cooperation that lacks one, and editing a document. What the map shows is compared with what
 * the API answers for the same question.
 */
class VocabularyInTheMapBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ERROR_NOTE = "vaadin-notification-card";

	@Test
	void aDoubleClickShowsTheNeighbourhoodAndTheDepthControlWidensIt() {
		open("");
		int whole = nodeCount();

		doubleClick("hospital-sus");

		page.waitForFunction("() => document.querySelector('cooperation-map').dataset.focus === 'hospital-sus'");
		assertThat(page).hasURL(Pattern.compile(".*[?&]focus=hospital-sus(&.*)?$"));
		assertThat(page).hasURL(Pattern.compile(".*[?&]depth=1(&.*)?$"));
		page.waitForFunction("n => Number(document.querySelector('cooperation-map').dataset.nodeCount) < n", whole);
		assertThat(drawnIds()).isEqualTo(neighbourhood("hospital-sus", 1));
		assertThat(page.locator(ERROR_NOTE)).hasCount(0);

		page.locator("#depth input").fill("2");
		page.locator("#depth input").press("Enter");

		assertThat(page).hasURL(Pattern.compile(".*[?&]depth=2(&.*)?$"));
		Set<String> two = neighbourhood("hospital-sus", 2);
		page.waitForFunction("n => Number(document.querySelector('cooperation-map').dataset.nodeCount) === n", two.size());
		assertThat(drawnIds()).isEqualTo(two);
		assertThat(page.locator(ERROR_NOTE)).hasCount(0);
	}

	@Test
	void aLinkWithAFocusAndADepthOpensOnThatNeighbourhood() {
		open("?focus=hospital-lindesberg&depth=1");

		assertThat(page.locator("cooperation-map")).hasAttribute("data-focus", "hospital-lindesberg");
		assertThat(drawnIds()).isEqualTo(neighbourhood("hospital-lindesberg", 1)).contains("hospital-lindesberg");
		assertThat(page.locator("#detail-title")).containsText("Lindesberg");
		assertThat(page.locator(ERROR_NOTE)).hasCount(0);
	}

	@Test
	void aLinkToAnUnknownNodeSaysSoInsteadOfDrawingNothing() {
		open("");
		page.navigate("http://localhost:" + port + "/?focus=hospital-finns-inte&depth=1");

		assertThat(page.locator(ERROR_NOTE)).containsText("Det finns ingen nod med id hospital-finns-inte");
	}

	@Test
	void aLinkToAnUnknownRegionSaysSoInTheUisLanguage() {
		open("");
		page.navigate("http://localhost:" + port + "/?region=region-finns-inte");

		assertThat(page.locator(ERROR_NOTE)).containsText("Det finns ingen uppgift med id region-finns-inte.");
		assertThat(page.locator(ERROR_NOTE)).not().containsText("has the id");
	}

	@Test
	void theLacksAnAgreementFilterShowsTheCooperationTheSourcesSayLacksOne() {
		open("");
		int whole = nodeCount();

		page.locator("#filter-status input").click();
		page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions()
			.setHasText("Saknar avtal – enligt källa")).click();
		page.keyboard().press("Escape");

		assertThat(page).hasURL(Pattern.compile(".*gap=STATED.*"));
		page.waitForFunction("n => document.querySelector('cooperation-map').cy.getElementById('assignment-delprojekt-28')"
				+ ".nonempty() && document.querySelector('cooperation-map').cy.nodes().length < n", whole);
		Set<String> stated = gapCooperation("stated");
		assertThat(drawnIds()).containsAll(stated);
		scrollTableTo("Saknar avtal – enligt källa");
		assertThat(page.locator("#node-grid")).containsText("Saknar avtal – enligt källa");
		assertThat(page.locator("#node-grid")).not().containsText("!status");
	}

	/** As a person scrolls the table below the map (it shows a few rows) until a text comes into view. */
	private void scrollTableTo(String text) {
		Locator grid = page.locator("#node-grid");
		int size = ((Number) grid.evaluate("g => g.size")).intValue();
		for (int i = 0; i < size; i += 3) {
			grid.evaluate("(g, i) => g.scrollToIndex(i)", i);
			try {
				grid.getByText(text).first().waitFor(new Locator.WaitForOptions().setTimeout(1000));
				return;
			} catch (com.microsoft.playwright.TimeoutError notYet) {
				// not among the rows shown here: scroll on
			}
		}
	}

	@Test
	void theRedRingIsOnEveryCooperationThatLacksAnAgreement() {
		open("");

		Set<String> gaps = gapCooperation("stated");
		gaps.addAll(gapCooperation("derived"));
		// Drawn and ringed, or folded into a count that is ringed for it.
		List<String> ringed = evaluateList("""
				() => { const m = document.querySelector('cooperation-map');
				  const inRingedCount = (m.data.missing || []).filter(id => m.foldedInto(id) !== null
				    && m.cy.getElementById('count:' + m.foldedInto(id)).hasClass('holds-missing'));
				  return [...m.cy.nodes('[?missing]').map(n => n.id()), ...inRingedCount]; }""");

		assertThat(gaps).hasSizeGreaterThan(1);
		assertThat(new HashSet<>(ringed)).isEqualTo(gaps);
		assertThat(page.locator(".cm-legend")).containsText("Samverkan som saknar avtal");
	}

	@Test
	void theMapNamesTheKindsTheVocabularyCallsLandmarksInBold() {
		JsonNode kinds = JSON.readTree(graphQl("viewer", "{ vocabulary { kinds { kind landmark } } }"))
			.at("/data/vocabulary/kinds");
		Set<String> landmarks = new HashSet<>();
		kinds.forEach(k -> {
			if (k.path("landmark").asBoolean()) {
				landmarks.add(k.path("kind").asString());
			}
		});
		open("");
		Set<String> bold = new HashSet<>(evaluateList("() => document.querySelector('cooperation-map').cy"
				+ ".nodes().filter(n => n.style('font-weight') === 'bold' || n.style('font-weight') === '700')"
				+ ".map(n => n.data('kind'))"));
		assertThat(bold).isEqualTo(landmarks);

		assertThat(bold).contains("HOSPITAL", "REGION");
	}

	@Test
	void editingADocumentKeepsItsPublisher() {
		// Documents are not drawn on the map; a link to one opens its details beside the map.
		Page editor = openAs("editor", "?focus=doc-skane-2023-operationssamarbete");
		assertThat(editor.locator("#detail-title")).containsText("Utredning om strategi för samarbete");
		editor.locator("#edit-node").click();

		assertThat(editor.locator("#prop-publisher input")).hasValue("region-skane");
		editor.locator("#prop-date input").fill("2023-11-15");
		editor.locator("#node-form-save").click();

		assertThat(editor.locator("#node-form [invalid]")).hasCount(0);
		assertThat(editor.locator("#node-form-problem")).isEmpty();
		assertThat(editor.locator("#node-form")).hasCount(0);
		String stored = graphQl("editor", "{ node(id: \"doc-skane-2023-operationssamarbete\") "
				+ "{ ... on Document { publisher date } } }");
		assertThat(stored).contains("\"publisher\":\"region-skane\"").contains("\"date\":\"2023-11-15\"");
	}

	private void doubleClick(String id) {
		List<?> at = (List<?>) page.evaluate("id => { const cy = document.querySelector('cooperation-map').cy;"
				+ " const p = cy.getElementById(id).renderedPosition(); const r = cy.container().getBoundingClientRect();"
				+ " return [r.left + p.x, r.top + p.y]; }", id);
		page.mouse().dblclick(((Number) at.get(0)).doubleValue(), ((Number) at.get(1)).doubleValue());
	}

	private Set<String> drawnIds() {
		return new HashSet<>(evaluateList("() => document.querySelector('cooperation-map').cy.nodes().map(n => n.id())"));
	}

	@SuppressWarnings("unchecked")
	private List<String> evaluateList(String script) {
		return new ArrayList<>((List<String>) page.evaluate(script));
	}

	private Set<String> neighbourhood(String id, int depth) {
		JsonNode answer = JSON.readTree(graphQl("viewer",
				"{ neighbourhood(id: \"" + id + "\", depth: " + depth + ") { nodes { id } } }"));
		Set<String> ids = new HashSet<>();
		answer.path("data").path("neighbourhood").path("nodes").forEach(n -> ids.add(n.path("id").asString()));
		assertThat(ids).as("the API's neighbourhood of %s", id).isNotEmpty();
		return ids;
	}

	private Set<String> gapCooperation(String gapKind) {
		JsonNode answer = JSON.readTree(graphQl("viewer", "{ agreementGaps { " + gapKind + " { cooperation { id } } } }"));
		Set<String> ids = new HashSet<>();
		answer.path("data").path("agreementGaps").path(gapKind).forEach(g -> ids.add(g.path("cooperation").path("id").asString()));
		return ids;
	}
}
