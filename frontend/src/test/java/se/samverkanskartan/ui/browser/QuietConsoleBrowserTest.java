package se.samverkanskartan.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

/**
 * Signing in and loading the map writes nothing to the browser's console and gets no HTTP error: every warning a
 * developer would see on opening the page is one a user's browser spends time on too.
 */
class QuietConsoleBrowserTest extends BrowserTest {

	@Test
	void signingInAndLoadingTheMapWritesNoErrorOrWarningToTheConsole() {
		List<String> messages = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type()) || "warning".equals(m.type())) {
				messages.add(m.type() + ": " + m.text());
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
	}
}
