package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import se.samverkanskartan.ui.app.ApiCalls;
import se.samverkanskartan.ui.app.TemporaryData;
import se.samverkanskartan.ui.app.TestCredentials;

/**
 * The UI's remote mode in the shipped application: {@code cooperation.api.url} points at the application's own
 * {@code /graphql} and {@code cooperation.api.key} is a viewer's API key, configured as the README says. The UI then
 * reads over HTTP with that key, and its roles, not the signed-in user's, decide what it sees.
 */
@SpringBootTest(classes = se.samverkanskartan.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		args = { "--samverkanskartan.security.api-keys[0].name=ui",
				"--samverkanskartan.security.api-keys[0].sha256=" + TestCredentials.VIEWER_KEY_SHA256,
				"--samverkanskartan.security.api-keys[0].roles=VIEWER" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Its own embedded database and port, closed after the class, so that it does not stay open beside the others.
@DirtiesContext
// Last: once its application (with the remote client) has run, the in-process UI of the shared browser-test
// application lost its caller in later classes (seen as Unauthorized in EditingBrowserTest); see the issue note.
@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
class RemoteApiModeTest {

	/** Known before the application starts, since the UI's client is built with the address at start-up. */
	private static final int PORT = freePort();

	private static final Path DATA = TemporaryData.directory("remote-ui-test");

	@Autowired
	@Qualifier("cooperationGraphQlClient")
	GraphQlClient ui;

	private Playwright playwright;
	private Browser browser;

	@DynamicPropertySource
	static void remoteApi(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("samverkanskartan.neo4j.embedded.directory", DATA::toString);
		registry.add("cooperation.api.url", () -> "http://localhost:" + PORT + "/graphql");
		registry.add("cooperation.api.key", () -> TestCredentials.VIEWER_KEY);
	}

	@BeforeAll
	void startBrowser() {
		playwright = Playwright.create();
		browser = BrowserTest.chromium(playwright);
	}

	@AfterAll
	void stopBrowser() {
		browser.close();
		playwright.close();
	}

	@Test
	void theUisClientReadsOverHttpWithTheKeysRoles() throws Exception {
		assertThat(ui.document("{ node(id: \"hospital-sus\") { name } }").retrieveSync("node.name").toEntity(String.class))
			.isEqualTo("Skånes universitetssjukhus");

		ApiCalls api = new ApiCalls(PORT);
		String created = ApiCalls.json(api.graphQl(
				"mutation { createNode(input: {kind: CARE_AREA, name: \"Fjärrläge internt\", internal: true}) { id } }",
				ApiCalls.basic("editor", "editor-dev"))).path("data").path("createNode").path("id").asString();
		String read = "{ node(id: \"" + created + "\") { name } }";
		assertThat(ApiCalls.json(api.graphQl(read, ApiCalls.basic("editor", "editor-dev"))).path("data").path("node")
			.path("name").asString()).isEqualTo("Fjärrläge internt");
		// Internal facts are for editors; the UI's key is a viewer's, so the UI does not get it.
		assertThat((Object) ui.document(read).executeSync().field("node").getValue()).isNull();
	}

	@Test
	void aViewerSeesTheMapAndADeepLinkThroughTheRemoteApi() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1000)
			.setLocale("sv-SE"));
		try {
			Page page = context.newPage();
			page.setDefaultTimeout(30_000);
			page.navigate("http://localhost:" + PORT + "/?layout=geographic&focus=hospital-sus");
			BrowserTest.submitLogin(page, "viewer", "viewer-dev");
			BrowserTest.waitForMap(page);
			assertThat(page.locator("cooperation-map")).hasAttribute("data-focus", "hospital-sus");
			assertThat(Integer.parseInt(page.getAttribute("cooperation-map", "data-node-count"))).isPositive();
		}
		finally {
			context.close();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
