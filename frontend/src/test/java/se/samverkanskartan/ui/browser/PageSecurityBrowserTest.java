package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * The login and the map under the application's Content-Security-Policy: nothing the pages load or run is blocked,
 * the login form sends its CSRF token and signs in, and a user locked out after too many failed logins is told so,
 * in Swedish and in English. Three failures lock here (five by default); the application is closed after the class,
 * since the lock would hold for the browser tests that come after it.
 */
@TestPropertySource(properties = "samverkanskartan.security.login-throttle.max-failures=3")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageSecurityBrowserTest extends BrowserTest {

	/** Chromium reports each blocked load or script both as an event and on the console. */
	private static final String REPORT_VIOLATIONS = """
			document.addEventListener('securitypolicyviolation',
			  e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));""";

	@Test
	@Order(1)
	void theLoginAndTheMapRunUnderThePolicyWithoutAViolation() {
		List<String> violations = new CopyOnWriteArrayList<>();
		page.addInitScript(REPORT_VIOLATIONS);
		page.onConsoleMessage(message -> {
			if (message.text().contains("CSP violation") || message.text().contains("Content Security Policy")) {
				violations.add(message.text());
			}
		});
		List<String> loginPosts = new CopyOnWriteArrayList<>();
		page.onRequest(request -> {
			if ("POST".equals(request.method()) && request.url().endsWith("/login")) {
				loginPosts.add(String.valueOf(request.postData()));
			}
		});

		Response loginPage = page.navigate("http://localhost:" + port + "/login");
		assertThat(loginPage.headers().get("content-security-policy")).contains("default-src 'self'");
		submitLogin(page, "viewer", "viewer-dev");
		waitForMap(page);
		// The map has drawn and its nodes' details open: everything a first visit loads has loaded.
		page.navigate("http://localhost:" + port + "/?focus=hospital-sus");
		waitForMap(page);
		assertThat(page.locator("#detail-title")).containsText("Skånes universitetssjukhus");

		assertThat(loginPosts).singleElement().satisfies(body -> assertThat(body).contains("_csrf="));
		assertThat(violations).isEmpty();
	}

	@Test
	@Order(2)
	void aUserLockedOutAfterTooManyFailuresIsToldSoInSwedishAndEnglish() {
		page.navigate("http://localhost:" + port + "/login");
		for (int attempt = 0; attempt < 3; attempt++) {
			submitLogin(page, "editor", "fel-" + attempt);
			page.waitForURL("**/login?error");
		}
		submitLogin(page, "editor", "editor-dev");
		page.waitForURL("**/login?locked=*");
		assertThat(page.getByText("För många misslyckade inloggningar")).isVisible();
		assertThat(page.getByText("Försök igen om 15 minuter")).isVisible();

		Page english = newPage();
		english.navigate("http://localhost:" + port + "/login?lang=en");
		submitLogin(english, "editor", "editor-dev");
		english.waitForURL("**/login?locked=*");
		assertThat(english.getByText("Too many failed logins")).isVisible();
		assertThat(english.getByText("Try again in 15 minutes")).isVisible();
	}

}
