package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/**
 * Compare mode as a strategist reads it: what changed between two dates, in Swedish, as the map marks it, each
 * change one click from the map.
 */
class CompareModeBrowserTest extends BrowserTest {

	private static final Pattern COUNTS = Pattern.compile("\\((\\d+) noder, (\\d+) relationer\\)");

	@Test
	void theChangeListNamesWhatChangedInSwedishAndCountsWhatTheMapMarks() {
		open("?asOf=2025-12-31&from=2023-06-01");
		page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Förändringar")).click();

		Locator list = page.locator("#change-list");
		assertThat(list).containsText("Förändringar mellan 2023-06-01 och 2025-12-31");
		assertThat(list.locator("#changes-changed")).containsText("Status: ");
		assertThat(list.locator("#changes-changed")).containsText("Inte genomfört");
		assertThat(list.locator("#changes-changed")).containsText("Namn: Centrallasarettet Växjö → ");
		String text = list.innerText();
		// No ids, no enum values, no relation types as the API spells them.
		assertThat(text).doesNotContain("--").doesNotContain("NOT_COMPLETED").doesNotContain("hospital-")
			.doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
		screenshot("compare-changes.png");

		int relations = 0;
		for (String mark : new String[] { "added", "removed", "changed" }) {
			Matcher counts = COUNTS.matcher(list.locator("#changes-" + mark + " h4").innerText());
			assertThat(counts.find()).isTrue();
			int nodes = Integer.parseInt(counts.group(1));
			int edges = Integer.parseInt(counts.group(2));
			assertThat(nodes).as(mark + " nodes").isEqualTo(marked("nodes", mark));
			assertThat(edges).as(mark + " relations").isEqualTo(marked("edges", mark));
			assertThat(list.locator("#changes-" + mark + " .change-entry")).hasCount(nodes + edges);
			relations += edges;
		}
		assertThat(relations).as("relations are counted too").isPositive();

		// Choosing a change shows it on the map; the list stays, to choose the next one.
		list.locator("#changes-changed .change-entry vaadin-button").first().click();
		page.waitForSelector("cooperation-map[data-focus]");
		assertThat(list).isVisible();
	}

	private int marked(String group, String mark) {
		return ((Number) page.evaluate("([group, mark]) => document.querySelector('cooperation-map').cy[group]('.' + mark).length",
				java.util.List.of(group, mark))).intValue();
	}
}
