package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

/** The gap view and the spreadsheets a strategist takes from the map into Excel. */
class GapViewBrowserTest extends BrowserTest {

	@Test
	void eachCooperationIsListedOnceAndTheListStaysWhenOneIsChosen() {
		open("");
		gapsTab();

		Locator stated = page.locator("#gaps-stated");
		// Delprojekt 24 is a flow run via an assignment of the same name: one cooperation, one entry.
		assertThat(stated.locator(".gap-entry").filter(new Locator.FilterOptions().setHasText("Delprojekt 24"))).hasCount(1);
		assertThat(stated.locator(".gap-entry").filter(new Locator.FilterOptions().setHasText("Delprojekt 24")))
			.containsText("Beskrivs även av:");
		List<String> names = page.locator("#gap-panel .gap-cooperation").allInnerTexts();
		assertThat(names).doesNotHaveDuplicates();
		assertThat(page.locator("#gap-summary")).containsText(stated.locator(".gap-entry").count() + " uttalade");
		// Counted as listed: Skåne is a party to every stated gap, so its row counts each listed cooperation once.
		assertThat(page.locator("#gaps-per-region")).containsText("Region Skåne");
		Matcher skane = Pattern.compile("Region Skåne\\s+(\\d+)").matcher(page.locator("#gaps-per-region").innerText());
		assertThat(skane.find()).isTrue();
		assertThat(Integer.parseInt(skane.group(1))).isEqualTo(stated.locator(".gap-entry").count());

		stated.locator(".gap-cooperation").first().click();

		assertThat(page).hasURL(Pattern.compile(".*focus=.*"));
		page.waitForSelector("cooperation-map[data-focus]");
		assertThat(page.locator("#gap-panel")).isVisible();
		assertThat(page.locator("#gaps-stated .gap-entry").first()).isVisible();
	}

	@Test
	void showOnTheMapDrawsOnlyTheGapsAndThePartiesAroundThem() {
		open("");
		int all = nodeCount();
		gapsTab();

		page.locator("#gaps-show-on-map").click();

		assertThat(page).hasURL(Pattern.compile(".*gap=.*"));
		page.waitForFunction("all => Number(document.querySelector('cooperation-map').dataset.nodeCount) < all", all);
		Object strays = page.evaluate("""
				() => document.querySelector('cooperation-map').cy.nodes()
				  .filter(n => !n.data('missing') && !n.isParent() && n.neighborhood('node[?missing]').empty()).map(n => n.id())""");
		assertThat((List<?>) strays).isEmpty();
		// What the gaps name, nothing else around them: no care areas, no hospitals.
		assertThat(page.evaluate("() => document.querySelector('cooperation-map').cy.nodes()"
				+ ".filter(n => ['CARE_AREA', 'HOSPITAL'].includes(n.data('kind'))).length"))
			.isEqualTo(0);
		assertThat(page.locator("#gap-panel")).isVisible();
		screenshot("gaps-only.png");
	}

	@Test
	void theGapSpreadsheetIsSwedishWithSemicolonsAndTheCorrectedReading() throws IOException {
		open("");
		gapsTab();

		String csv = download("#export-csv");

		assertThat(csv).startsWith("\uFEFFPer datum;Typ av lucka;Samverkan;Typ av samverkan;");
		assertThat(csv).contains("Citat (ordagrant);Läsning (OCR-rättad);Källor\r\n");
		// A flow and the assignment it runs via are one row, the assignment named beside the flow.
		assertThat(csv).contains(";Uttalad lucka;").contains(";Flöde;flow-delprojekt-24-benign-gynekologi;Delprojekt 24")
			.doesNotContain(";STATED;").doesNotContain(";FLOW;");
		// The OCR text and, beside it, how it reads.
		assertThat(csv).contains("begréansningar da formella avtal").contains("begränsningar då formella avtal");
	}

	@Test
	void aViewerDownloadsTheTableAsSpreadsheets() throws IOException {
		open("");

		String nodes = download("#export-nodes-csv");
		String relations = download("#export-relations-csv");

		assertThat(nodes).startsWith("\uFEFFNamn;Typ;Ingår i;Status;Ursprung;Förändring;Källa;Id\r\n");
		assertThat(nodes).contains("Lindesbergs lasarett;Sjukhus;");
		assertThat(nodes.lines().count() - 1).isEqualTo(nodeCount());
		assertThat(relations).startsWith("\uFEFFFrån;Relation;Till;Avtalslucka;Förändring;Källa;Id\r\n");
		assertThat(relations).contains(";ingår i;");
	}

	private void gapsTab() {
		page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Avtalsluckor")).click();
	}

	private String download(String link) throws IOException {
		Download file = page.waitForDownload(() -> page.locator(link).click());
		assertThat(file.suggestedFilename()).endsWith(".csv");
		return Files.readString(file.path(), StandardCharsets.UTF_8);
	}
}
