package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/**
 * Spreadsheet import for administrators, in a real browser: the template comes from the page, a dry run lists every
 * problem by row and column and writes nothing, and only a clean file is imported, after which the map shows it.
 */
class ImportBrowserTest extends BrowserTest {

	@Test
	void anAdministratorImportsHospitalsOnceTheDryRunFindsNoProblem() throws IOException {
		Page editor = openAs("editor", "");
		assertThat(editor.locator("#new-node")).isVisible();
		assertThat(editor.locator("#import")).hasCount(0);

		login(page, "admin", "admin-dev");
		page.locator("#import").click();
		assertThat(page.locator("#import-dry-run")).isDisabled();
		Download download = page.waitForDownload(() -> page.locator("#import-template").click());
		assertThat(download.suggestedFilename()).isEqualTo("Hospital.csv");
		String template = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(template).isEqualTo("\uFEFFid,name,aliases,description,provenance,reason,validFrom,validTo,"
				+ "internal,city,latitude,longitude,previousName,renamedOn,sites,evidenceDocument,evidenceLocator,"
				+ "evidenceQuote\r\n");
		List<String> columns = Arrays.asList(template.strip().substring(1).split(","));

		upload("sjukhus.csv", csv(columns, "norr om Örebro"));
		page.locator("#import-dry-run").click();

		assertThat(page.locator("#import-summary")).containsText("1 problem – ingenting har importerats");
		Locator problems = page.locator("#import-problems");
		assertThat(problems).containsText("latitude");
		assertThat(problems.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("3")))
			.not().hasCount(0);
		assertThat(page.locator("#import-run")).isDisabled();
		assertThat(graphQl("admin", "{ node(id: \"hospital-import-a\") { id } }")).contains("\"node\":null");

		upload("sjukhus-rattad.csv", csv(columns, "59.30"));
		assertThat(page.locator("#import-problems")).isHidden();
		page.locator("#import-dry-run").click();
		assertThat(page.locator("#import-summary")).containsText("inga problem: 2 skulle skapas och 0 uppdateras");
		assertThat(page.locator("#import-summary")).containsText("hospital-import-b");
		assertThat(graphQl("admin", "{ node(id: \"hospital-import-a\") { id } }")).contains("\"node\":null");
		page.locator("#import-run").click();

		assertThat(page.locator("#import-dialog")).hasCount(0);
		assertThat(page.locator("vaadin-notification-card")
			.filter(new Locator.FilterOptions().setHasText("Importerat: 2 skapade, 0 uppdaterade"))).isVisible();
		page.waitForFunction("() => ['hospital-import-a', 'hospital-import-b'].every(id => "
				+ "document.querySelector('cooperation-map').cy.getElementById(id).nonempty())");
		assertThat(graphQl("admin", "{ node(id: \"hospital-import-b\") { name } }")).contains("Importsjukhuset B");
	}

	/** Two hospitals in the template's columns; the second one's latitude is {@code latitudeB}, at row 3. */
	private static byte[] csv(List<String> columns, String latitudeB) {
		List<Map<String, String>> rows = List.of(
				Map.of("id", "hospital-import-a", "name", "Importsjukhuset A", "city", "Örebro", "latitude", "59.27",
						"longitude", "15.21"),
				Map.of("id", "hospital-import-b", "name", "Importsjukhuset B", "city", "Örebro", "latitude", latitudeB,
						"longitude", "15.25"));
		String body = rows.stream().map(r -> columns.stream().map(c -> r.getOrDefault(c, ""))
			.collect(Collectors.joining(","))).collect(Collectors.joining("\r\n"));
		return (String.join(",", columns) + "\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private void upload(String name, byte[] content) {
		page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload(name, "text/csv", content));
		assertThat(page.locator("#import-file")).hasText("Fil: " + name);
		assertThat(page.locator("#import-dry-run")).isEnabled();
	}
}
