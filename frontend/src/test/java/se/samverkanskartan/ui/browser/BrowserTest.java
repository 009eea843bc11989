package se.samverkanskartan.ui.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the real application (UI, API and embedded Neo4j with a fresh data directory) and drives Debian's
 * Chromium with Playwright. Never a downloaded browser: {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD} is set by the
 * build, and the executable is {@code /usr/bin/chromium} unless {@code CHROMIUM} names another. Every page needs a
 * signed-in user: {@link #open} logs in as the development viewer, {@link #openAs} as anyone in a context of its own.
 */
@SpringBootTest(classes = se.samverkanskartan.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	/** Chromium waits for network services that a machine without internet never answers, unless told not to. */
	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	/** Under the build's output, never over the README's pictures in docs/ (those are chosen and copied by hand). */
	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final Path DATA = temporaryDirectory();

	@LocalServerPort
	int port;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Playwright playwright;
	private Browser browser;
	private final List<BrowserContext> contexts = new ArrayList<>();
	private boolean signedIn;
	Page page;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("samverkanskartan.neo4j.embedded.directory", DATA::toString);
	}

	@BeforeAll
	void startBrowser() {
		// A save reloads the map for every open page; on a busy two-core machine that can take longer than
		// Playwright's 5 s. The assertions still wait for what the user would see, only longer before giving up.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		playwright = Playwright.create();
		String executable = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(executable))
			.setHeadless(true).setArgs(CHROMIUM_ARGS));
	}

	/** Debian's Chromium as {@link #startBrowser} launches it, for a test class that starts an application of its own. */
	static Browser chromium(Playwright playwright) {
		String executable = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
		return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(executable))
			.setHeadless(true).setArgs(CHROMIUM_ARGS));
	}

	@BeforeEach
	void openContext() {
		page = newPage();
		signedIn = false;
	}

	@AfterEach
	void closeContext() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	/** A page in a browser context of its own: its own cookies, so its own session and user. */
	Page newPage() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1000)
			.setAcceptDownloads(true).setLocale("sv-SE"));
		contexts.add(context);
		Page created = context.newPage();
		created.setDefaultTimeout(30_000);
		// A script error in the page is the first thing to know when a browser test fails.
		created.onPageError(error -> System.out.println("[browser page error] " + error));
		created.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				System.out.println("[browser console error] " + message.text());
			}
		});
		return created;
	}

	/** A browser context of its own with the options, closed after the test like the others. */
	BrowserContext newContext(Browser.NewContextOptions options) {
		BrowserContext context = browser.newContext(options);
		contexts.add(context);
		return context;
	}

	/** Logs in on the login page; the map opens. */
	void login(Page on, String user, String password) {
		on.navigate("http://localhost:" + port + "/login");
		submitLogin(on, user, password);
		waitForMap(on);
	}

	/** Fills in the login form and sends it with the Enter key, as a user would. */
	static void submitLogin(Page on, String user, String password) {
		on.locator("vaadin-login-form input[name=username]").fill(user);
		on.locator("vaadin-login-form input[name=password]").fill(password);
		on.locator("vaadin-login-form input[name=password]").press("Enter");
	}

	/** Opens the map as the given user in a new browser context. */
	Page openAs(String user, String query) {
		Page other = newPage();
		login(other, user, user + "-dev");
		other.navigate("http://localhost:" + port + "/" + query);
		waitForMap(other);
		return other;
	}

	/** Whether the map in the page draws a node with this id. */
	static boolean drawn(Page on, String id) {
		return (Boolean) on.evaluate("id => document.querySelector('cooperation-map').cy.getElementById(id).nonempty()",
				id);
	}

	/** Runs a GraphQL document against the API over HTTP, as a development user, and answers the JSON. */
	String graphQl(String user, String document) {
		try {
			String body = JSON.writeValueAsString(Map.of("query", document));
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((user + ":" + user + "-dev").getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@AfterAll
	void stopBrowser() {
		browser.close();
		playwright.close();
	}

	/** Opens the page (with an optional query), signed in as a viewer, and waits until the map has drawn its nodes. */
	void open(String query) {
		if (!signedIn) {
			login(page, "viewer", "viewer-dev");
			signedIn = true;
		}
		page.navigate("http://localhost:" + port + "/" + query);
		waitForMap(page);
	}

	static void waitForMap(Page on) {
		on.waitForSelector("cooperation-map[data-node-count] canvas");
		on.waitForFunction("() => Number(document.querySelector('cooperation-map').dataset.nodeCount) > 0");
	}

	int nodeCount() {
		return Integer.parseInt(page.getAttribute("cooperation-map", "data-node-count"));
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The focus animation must have ended, or the picture catches the map mid-zoom.
		page.waitForFunction("() => !document.querySelector('cooperation-map')?.cy?.animated()");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
	}

	private static Path temporaryDirectory() {
		try {
			Path dir = Files.createTempDirectory("samverkanskartan-ui-test-");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
