package se.samverkanskartan.ui.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

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

/**
 * Starts the real application (UI, API and embedded Neo4j with a fresh data directory) and drives Debian's
 * Chromium with Playwright. Never a downloaded browser: {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD} is set by the
 * build, and the executable is {@code /usr/bin/chromium} unless {@code CHROMIUM} names another.
 */
@SpringBootTest(classes = se.samverkanskartan.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	/** Chromium waits for network services that a machine without internet never answers, unless told not to. */
	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	static final Path SCREENSHOTS = Paths.get("..", "docs", "screenshots");

	private static final Path DATA = temporaryDirectory();

	@LocalServerPort
	int port;

	private Playwright playwright;
	private Browser browser;
	private BrowserContext context;
	Page page;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("samverkanskartan.neo4j.embedded.directory", DATA::toString);
	}

	@BeforeAll
	void startBrowser() {
		playwright = Playwright.create();
		String executable = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(executable))
			.setHeadless(true).setArgs(CHROMIUM_ARGS));
	}

	@BeforeEach
	void openContext() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1000)
			.setAcceptDownloads(true).setLocale("sv-SE"));
		page = context.newPage();
		page.setDefaultTimeout(30_000);
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	@AfterAll
	void stopBrowser() {
		browser.close();
		playwright.close();
	}

	/** Opens the page (with an optional query) and waits until the map has drawn its nodes. */
	void open(String query) {
		page.navigate("http://localhost:" + port + "/" + query);
		page.waitForSelector("cooperation-map[data-node-count] canvas");
		page.waitForFunction("() => Number(document.querySelector('cooperation-map').dataset.nodeCount) > 0");
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
		page.waitForTimeout(400);
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
