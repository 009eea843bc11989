package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A link to a view, opened by someone who is not logged in yet, still shows that view once they have logged in:
 * the login lands them on exactly the address they opened, query included.
 */
class DeepLinkLoginBrowserTest extends BrowserTest {

	/** A layout other than the default and a node's neighbourhood. */
	private static final String LINK = "/?layout=geographic&focus=hospital-sus&depth=1";

	@Test
	void aLoggedOutUserLandsOnTheLinkTheyOpenedAfterLoggingIn() {
		page.navigate(link());
		submitLogin(page, "viewer", "viewer-dev");

		assertShowsTheLink();
	}

	@Test
	void aMistypedPasswordDoesNotLoseTheLink() {
		page.navigate(link());
		submitLogin(page, "viewer", "wrong");
		page.waitForURL("**/login?error");
		submitLogin(page, "viewer", "viewer-dev");

		assertShowsTheLink();
	}

	@Test
	void aSignedInUserOpeningTheLinkSeesItAtOnce() {
		login(page, "viewer", "viewer-dev");
		page.navigate(link());

		assertShowsTheLink();
	}

	@Test
	void aLinkWithARegionThatDoesNotExistNamesIt() {
		login(page, "viewer", "viewer-dev");
		page.navigate("http://localhost:" + port + "/?region=region-skane,region-atlantis");

		assertThat(page.locator("vaadin-notification-card"))
			.containsText("Kunde inte hämta data: Det finns ingen uppgift med id region-atlantis.");
	}

	private void assertShowsTheLink() {
		waitForMap(page);
		// The page writes the parameters back in an order of its own; what counts is that all of them are there.
		assertThat(page).hasURL(java.util.regex.Pattern.compile("http://localhost:" + port + "/\\?.*"));
		assertThat(parameters(page.url())).isEqualTo(parameters(link()));
		assertThat(page.locator("cooperation-map")).hasAttribute("data-focus", "hospital-sus");
		assertThat(page.locator("#detail-title")).containsText("Skånes universitetssjukhus");
		assertThat(page.locator("vaadin-notification-card")).hasCount(0);
	}

	private static java.util.Set<String> parameters(String url) {
		return java.util.Set.of(java.net.URI.create(url).getRawQuery().split("&"));
	}

	private String link() {
		return "http://localhost:" + port + LINK;
	}
}
