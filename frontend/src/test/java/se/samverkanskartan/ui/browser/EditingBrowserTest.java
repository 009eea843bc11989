package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Logging in, editing, conflicts, roles and live updates, in real browsers against the real application. Several
 * browser contexts stand for several people at once.
 */
class EditingBrowserTest extends BrowserTest {

	/** How long another open map may take to show an edit: the requirement is a second, this allows for CI. */

	@Test
	void anonymousVisitorsGetTheLoginPage() {
		page.navigate("http://localhost:" + port + "/");

		assertThat(page.locator("vaadin-login-form")).isVisible();
		assertThat(page).hasURL(Pattern.compile(".*/login.*"));
		assertThat(page.locator("cooperation-map")).hasCount(0);
		screenshot("login.png");
		submitLogin(page, "viewer", "wrong");
		assertThat(page.locator("vaadin-login-form")).containsText("Fel användarnamn eller lösenord");

		login(page, "viewer", "viewer-dev");
		assertThat(page.locator("#user-name")).containsText("viewer");
		assertThat(page.locator("#user-role")).containsText("Läsare");
	}

	@Test
	void anEditorCreatesANodeAfterFixingTheFieldTheApiRefused() {
		login(page, "editor", "editor-dev");
		page.locator("#new-node").click();
		choose("#node-form-kind", "Sjukhus");
		page.locator("#node-form-id input").fill("hospital-formtest");
		page.locator("#node-form-name input").fill("Formulärsjukhuset");
		// Without a source a new node is inferred, and says why.
		page.locator("#fact-reason input").fill("Känt från verksamheten");
		page.locator("#prop-latitude input").fill("norr om Örebro");
		page.locator("#node-form-save").click();

		assertThat(page.locator("#prop-latitude")).hasAttribute("invalid", "");
		assertThat(page.locator("#prop-latitude")).containsText("decimal");
		assertThat(page.locator("#node-form-name")).not().hasAttribute("invalid", "");
		page.locator("#node-form").evaluate("d => d.scrollTop = 0");
		screenshot("edit-form.png");

		page.locator("#prop-latitude input").fill("59.27");
		page.locator("#node-form-save").click();

		assertThat(page.locator("#node-form-save")).hasCount(0);
		assertThat(page.locator("#detail-title")).hasText("Formulärsjukhuset");
		assertThat(page.locator("#detail-panel .badge-unsourced")).hasText("utan källa");
		page.waitForFunction("() => document.querySelector('cooperation-map').cy.getElementById('hospital-formtest').nonempty()");
		// Recorded as the signed-in user: the in-process API call carried the user to the resolvers.
		assertThat(page.locator("#history")).containsText("editor · Skapad");
	}

	@Test
	void theApisRefusalOfADateIsShownAtItsFieldInTheUisLanguage() {
		login(page, "editor", "editor-dev");
		page.locator("#new-node").click();
		choose("#node-form-kind", "Vårdområde");
		page.locator("#node-form-name input").fill("Datumvård");
		page.locator("#fact-reason input").fill("Känt från verksamheten");
		page.locator("#fact-valid-from input").fill("2025-13");
		page.locator("#fact-valid-to input").fill("2024");
		page.locator("#node-form-save").click();

		assertThat(page.locator("#fact-valid-from")).hasAttribute("invalid", "");
		assertThat(page.locator("#fact-valid-from")).containsText("Skriv datumet som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD");
		assertThat(page.locator("#fact-valid-from")).not().containsText("must be");

		page.locator("#fact-valid-from input").fill("2025");
		page.locator("#node-form-save").click();

		assertThat(page.locator("#fact-valid-to")).hasAttribute("invalid", "");
		assertThat(page.locator("#fact-valid-to")).containsText("Får inte vara före Giltig från (2025); angavs 2024.");
		assertThat(page.locator("#node-form-save")).isVisible();
	}

	@Test
	void aStaleEditIsRefusedAndOffersToReload() {
		graphQl("editor", "mutation { createNode(input: {kind: CARE_AREA, id: \"care-konflikt\", name: \"Konfliktvård\"}) { id } }");
		Page first = openAs("editor", "");
		Page second = openAs("editor", "");
		openNode(first, "Konfliktvård");
		first.locator("#edit-node").click();
		openNode(second, "Konfliktvård");
		second.locator("#edit-node").click();
		second.locator("#node-form-description textarea").fill("Ändrad i den andra fliken");
		second.locator("#node-form-save").click();
		assertThat(second.locator("#node-form-save")).hasCount(0);

		first.locator("#node-form-name input").fill("Konfliktvård (ändrad)");
		first.locator("#node-form-save").click();

		// The dialog's element holds no box of its own; its texts are shown in its overlay.
		assertThat(first.locator("#conflict-dialog")).hasAttribute("opened", "");
		assertThat(first.getByText("Någon annan har ändrat uppgiften")).isVisible();
		first.locator("#conflict-dialog vaadin-button[slot=confirm-button]").click();
		assertThat(first.locator("#node-form-description textarea")).hasValue("Ändrad i den andra fliken");
	}

	@Test
	void aViewerSeesNoEditingControlsAndNoInternalFacts() {
		graphQl("editor", "mutation { createNode(input: {kind: AGREEMENT, id: \"agreement-internt-test\", "
				+ "name: \"Internt testavtal\", internal: true}) { id } }");
		// A public node with the same word (a care area: a new agreement is a draft, which viewers do not see), so that
		// the viewer's search is seen to have answered.
		graphQl("editor", "mutation { createNode(input: {kind: CARE_AREA, id: \"care-oppet-test\", "
				+ "name: \"Öppet testavtal\", provenance: INFERRED, reason: \"Test\"}) { id } }");
		Page editor = openAs("editor", "");
		open("");

		assertThat(page.locator("#new-node")).hasCount(0);
		assertThat(page.locator("#undo")).hasCount(0);
		assertThat(drawn(page, "agreement-internt-test")).isFalse();
		assertThat(drawn(editor, "agreement-internt-test")).isTrue();
		page.locator("#search input").fill("testavtal");
		assertThat(page.locator("vaadin-combo-box-item:has-text('Öppet testavtal')")).isVisible();
		assertThat(page.locator("vaadin-combo-box-item:has-text('Internt testavtal')")).hasCount(0);
		page.keyboard().press("Escape");
		openNode(page, "Region Skåne");
		assertThat(page.locator("#node-tools")).hasCount(0);
		assertThat(page.locator("#history")).isVisible();
	}

	@Test
	void anotherOpenMapFollowsAnEditLiveAndUndoTakesItBack() {
		Page viewer = openAs("viewer", "");
		login(page, "editor", "editor-dev");
		page.locator("#new-node").click();
		choose("#node-form-kind", "Vårdområde");
		page.locator("#node-form-id input").fill("care-live");
		page.locator("#node-form-name input").fill("Livevård");
		page.locator("#fact-reason input").fill("Känt från verksamheten");

		page.locator("#node-form-save").click();
		// The other map shows it without being reloaded; how fast is measured in docs/BENCHMARKS.md, not here.
		viewer.waitForFunction("() => document.querySelector('cooperation-map').cy.getElementById('care-live').nonempty()");

		page.locator("#undo").click();
		assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Ångrade")))
			.containsText("care-live");
		viewer.waitForFunction("() => document.querySelector('cooperation-map').cy.getElementById('care-live').empty()");
		assertThat(drawn(page, "care-live")).isFalse();
	}

	@Test
	void aLiveUpdateRedrawsAFilteredMapButKeepsItsFilterAndTheView() {
		open("?region=region-blekinge");
		Locator chip = page.locator("#filter-region vaadin-multi-select-combo-box-chip")
			.filter(new Locator.FilterOptions().setHasText("Region Blekinge"));
		assertThat(chip).isVisible();
		page.waitForFunction("() => !document.querySelector('cooperation-map').cy.animated()");
		String view = view();
		String hospital = "hospital-blekingesjukhuset";
		String name = field(graphQl("viewer", "{ node(id: \"" + hospital + "\") { name } }"), "name");

		rename(hospital, "Blekingesjukhuset (live)");
		try {
			page.waitForFunction("id => document.querySelector('cooperation-map').cy.getElementById(id)"
					+ ".data('name') === 'Blekingesjukhuset (live)'", hospital);

			// What the box holds is set before the map is drawn; the chip is what the person sees of it.
			assertThat(page.evaluate("() => document.querySelector('#filter-region').selectedItems.map(i => i.label)"))
				.isEqualTo(java.util.List.of("Region Blekinge"));
			assertThat(chip).isVisible();
			assertThat(page).hasURL(Pattern.compile(".*[?&]region=region-blekinge(&.*)?"));
			assertThat(view()).isEqualTo(view);
		}
		finally {
			rename(hospital, name);
		}
	}

	/** The map's zoom, pan and label scale, as the person looking at it has them. */
	private String view() {
		return (String) page.evaluate("() => { const m = document.querySelector('cooperation-map');"
				+ " return JSON.stringify({ zoom: m.cy.zoom(), pan: m.cy.pan(), unit: m.unit }); }");
	}

	/** Renames a node through the API as the editor, at the version it has now. */
	private void rename(String id, String name) {
		String version = field(graphQl("editor", "{ node(id: \"" + id + "\") { version } }"), "version");
		assertThat(graphQl("editor", "mutation { updateNode(input: {id: \"" + id + "\", version: " + version
				+ ", name: \"" + name + "\"}) { id } }")).doesNotContain("errors");
	}

	private static String field(String json, String name) {
		return json.replaceAll("(?s).*\"" + name + "\":\"?([^\",}]*).*", "$1");
	}

	@Test
	void anAgreementIsDrawnBetweenTwoRegionsPickedOnTheMapAndGetsItsEvidence() {
		login(page, "editor", "editor-dev");
		openNode(page, "Region Skåne");
		page.locator("#add-relation").click();
		page.locator("#relation-pick").click();
		// A tap on the region in the map, as Cytoscape reports a click on it.
		page.evaluate("() => document.querySelector('cooperation-map').cy.getElementById('region-orebro').emit('tap')");
		assertThat(page.locator("#relation-other input")).hasValue(Pattern.compile("Region Örebro län.*"));
		page.locator("#agreement-name input").fill("Testavtal Skåne–Örebro");
		page.locator("#fact-reason input").fill("Avtalet är under arbete");
		page.locator("#relation-save").click();

		assertThat(page.locator("#detail-title")).hasText("Testavtal Skåne–Örebro");
		assertThat(page.locator("#detail-panel")).containsText("Relationer (2)");
		assertThat(page.locator("#detail-panel > .badge-unsourced")).hasCount(1);
		assertThat(page.locator("cooperation-map")).not().hasAttribute("data-unsourced", "0");

		page.locator("#add-evidence").click();
		page.locator("#evidence-document input").fill("Utredning om strategi");
		page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Utredning om strategi"))
			.first().click();
		page.locator("#evidence-quote textarea").fill("samarbete mellan operationsverksamheterna");
		page.locator("#evidence-locator input").fill("rad 1");
		page.locator("#evidence-save").click();

		assertThat(page.locator("#evidence-save")).hasCount(0);
		assertThat(page.locator("#detail-panel > .badge-unsourced")).hasCount(0);
		assertThat(page.locator("#detail-panel .evidence")).containsText("samarbete mellan operationsverksamheterna");
	}

	private void openNode(Page on, String name) {
		on.locator("#search input").fill(name);
		Locator hit = on.locator("vaadin-combo-box-item")
			.filter(new Locator.FilterOptions().setHasText(name + " · ")).first();
		hit.click();
		assertThat(on.locator("#detail-title")).containsText(name);
	}

	private void choose(String select, String label) {
		page.locator(select).click();
		page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
	}
}
