package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * An editor's work before a source is at hand: a new node does not claim to be stated in a source, its history reads
 * as what changed, and a refusal from the API is said in Swedish.
 */
class EditingWithoutSourceBrowserTest extends BrowserTest {

	@Test
	void aNewNodeWithoutASourceIsInferredAndSaysWhyInsteadOfStatedInASource() {
		login(page, "editor", "editor-dev");
		page.locator("#new-node").click();
		choose("#node-form-kind", "Vårdområde");
		page.locator("#node-form-id input").fill("care-utan-kalla");
		page.locator("#node-form-name input").fill("Vård utan källa");

		assertThat(page.locator("#fact-provenance")).containsText("Härlett");
		page.locator("#fact-provenance").click();
		assertThat(page.locator("vaadin-select-item[role=option]").filter(new Locator.FilterOptions().setHasText("Uttalat i källa")))
			.hasCount(0);
		page.locator("vaadin-select-item[role=option]").filter(new Locator.FilterOptions().setHasText("Härlett")).click();
		page.locator("#node-form-save").click();

		assertThat(page.locator("#fact-reason")).hasAttribute("invalid", "");
		page.locator("#fact-reason input").fill("Känt från verksamheten");
		page.locator("#node-form-save").click();

		assertThat(page.locator("#node-form")).hasCount(0);
		assertThat(page.locator("#detail-title")).hasText("Vård utan källa");
		assertThat(page.locator("#detail-panel")).containsText("Härlett");
		assertThat(page.locator("#detail-panel")).not().containsText("Uttalat i källa");
		assertThat(graphQl("editor", "{ node(id: \"care-utan-kalla\") { provenance unsourced } }"))
			.contains("\"provenance\":\"INFERRED\"").contains("\"unsourced\":true");
	}

	@Test
	void theHistoryShowsEachChangeAsFieldBeforeAndAfter() {
		int version = created("care-historik", "Historikvård");
		graphQl("editor", "mutation { updateNode(input: {id: \"care-historik\", version: " + version
				+ ", description: \"Ny beskrivning\", provenance: EXTERNAL}) { id } }");

		Page editor = openAs("editor", "?focus=care-historik");

		Locator latest = editor.locator("#history .history-entry").first();
		assertThat(latest).containsText("Ändrad");
		assertThat(latest).containsText("Beskrivning: – → Ny beskrivning");
		assertThat(latest).containsText("Ursprung: Härlett → Extern offentlig källa");
		assertThat(editor.locator("#history")).not().containsText("{");
		assertThat(editor.locator("#history")).not().containsText("EXTERNAL");
	}

	@Test
	void aChangeToANodeSomeoneDeletedMeanwhileIsRefusedInSwedish() {
		int version = created("care-borttagen", "Borttagen vård");
		Page editor = openAs("editor", "?focus=care-borttagen");
		editor.locator("#edit-node").click();
		graphQl("editor", "mutation { deleteNode(id: \"care-borttagen\", version: " + version + ") }");

		editor.locator("#node-form-description textarea").fill("För sent");
		editor.locator("#node-form-save").click();

		assertThat(editor.locator("#node-form-problem")).hasText(
				"Uppgiften finns inte längre, eller så får du inte se den. Ladda om sidan.");
	}

	/** Creates a care area through the API, as another editor would; answers its version. */
	private int created(String id, String name) {
		String answer = graphQl("editor", "mutation { createNode(input: {kind: CARE_AREA, id: \"" + id + "\", name: \""
				+ name + "\", provenance: INFERRED, reason: \"Test\"}) { id version } }");
		Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(answer);
		assertThat(version.find()).as(answer).isTrue();
		return Integer.parseInt(version.group(1));
	}

	private void choose(String select, String label) {
		page.locator(select).click();
		page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
	}
}
