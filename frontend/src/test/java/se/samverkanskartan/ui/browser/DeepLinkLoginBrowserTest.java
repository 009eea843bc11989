package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A link to a view, opened by someone who is not logged in yet, still shows that view once they have logged in:
 * the login lands them on exactly the address they opened, query included.
 */
class DeepLinkLoginBrowserTest extends BrowserTest {

	/** A layout other than the default and a node's neighbourhood: the page writes them back in this order. */
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

	private void assertShowsTheLink() {
		waitForMap(page);
		assertThat(page).hasURL(link());
		assertThat(page.locator("cooperation-map")).hasAttribute("data-focus", "hospital-sus");
		assertThat(page.locator("#detail-title")).containsText("Skånes universitetssjukhus");
		assertThat(page.locator("vaadin-notification-card")).hasCount(0);
	}

	private String link() {
		return "http://localhost:" + port + LINK;
	}
}
