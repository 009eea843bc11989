package se.samverkanskartan.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Signing in and loading the map leave the browser's console without errors and warnings, so that a new one is
 * noticed. One kind is tolerated, named here: Cytoscape's "invalid endpoints" for edges into an assignment. The
 * map adds its nodes without positions, so they all sit at the origin when fCoSE first measures the edges; between
 * two polygon shapes (an assignment is a diamond) Cytoscape then misses that the ends overlap and warns, though the
 * edges draw fine once laid out. The cure is to spread the nodes before the layout runs, in map-layouts.js, which
 * this branch does not edit.
 */
class QuietConsoleBrowserTest extends BrowserTest {

	private static final Pattern INVALID_ENDPOINTS = Pattern.compile("^Edge `([^`]+)` has invalid endpoints");

	@Test
	void signingInAndLoadingTheMapWritesNoErrorOrWarningToTheConsole() {
		List<String> messages = new CopyOnWriteArrayList<>();
		List<String> tolerated = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type()) || "warning".equals(m.type())) {
				Matcher edge = INVALID_ENDPOINTS.matcher(m.text());
				if (edge.find()) {
					tolerated.add(edge.group(1));
				}
				else {
					messages.add(m.type() + ": " + m.text());
				}
			}
		});
		page.onResponse(r -> {
			if (r.status() >= 400) {
				messages.add("HTTP " + r.status() + ": " + r.url());
			}
		});

		open("");
		page.waitForFunction("() => !document.querySelector('cooperation-map').cy.animated()");

		assertThat(messages).isEmpty();
		Object kinds = page.evaluate("ids => ids.map(id => document.querySelector('cooperation-map').cy.getElementById(id)"
				+ ".target().data('kind'))", tolerated);
		assertThat(((List<?>) kinds).stream().map(String::valueOf).distinct().toList())
			.as("the tolerated warnings are about edges into assignments only").isSubsetOf("ASSIGNMENT");
		System.out.println("[console] tolerated invalid-endpoint warnings: " + tolerated.size());
	}
}
