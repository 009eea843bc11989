package se.samverkanskartan.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

/**
 * The API in the whole application, beside the UI and its login form: a refused API call answers 401 or 403 with an
 * error, never the UI's redirect to its login page, which a machine client could not follow.
 */
class ApiBesideTheUiTest extends BrowserTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theApiRefusesWithStatusCodesNotWithTheLoginPage() throws Exception {
		assertThat(post(null).statusCode()).isEqualTo(401);
		assertThat(post(basic("viewer", "wrong")).statusCode()).isEqualTo(401);
		HttpResponse<String> viewer = post(basic("viewer", "viewer-dev"));
		assertThat(viewer.statusCode()).isEqualTo(200);
		assertThat(viewer.body()).contains("doc-skane-2023-operationssamarbete");
		HttpResponse<String> export = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export/graph.json"))
			.header("Authorization", basic("viewer", "viewer-dev")).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(export.statusCode()).isEqualTo(403);
		assertThat(export.body()).contains("FORBIDDEN");
	}

	/**
	 * GraphiQL runs a subscription over the WebSocket with the browser's login: the one its queries got, sent on the
	 * handshake. A change made meanwhile shows in its result pane.
	 */
	@Test
	void graphiqlRunsASubscriptionWithTheBrowsersLogin() {
		Page graphiql = newContext(new Browser.NewContextOptions().setHttpCredentials("editor", "editor-dev")).newPage();
		graphiql.navigate("http://localhost:" + port + "/graphiql");
		// The schema comes from an introspection query, for which the browser logs in.
		graphiql.waitForLoadState(LoadState.NETWORKIDLE);
		String subscription = "subscription { graphChanged { action entityId } }";
		graphiql.evaluate("q => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(q)",
				subscription);
		// GraphiQL reads what was typed a moment later (it stores it then): only then does it know a subscription.
		graphiql.waitForFunction("q => localStorage.getItem('graphiql:query') === q", subscription);
		graphiql.click(".graphiql-execute-button");
		String result = "() => document.querySelector('.result-window .CodeMirror').CodeMirror.getValue()";
		// Changes until the subscription, once it is live, shows one.
		for (int attempt = 0; attempt < 40; attempt++) {
			graphQl("editor", "mutation { createNode(input: {kind: CARE_AREA, name: \"Sedd i GraphiQL " + attempt
					+ "\"}) { id } }");
			try {
				graphiql.waitForFunction(result + ".includes('entityId')", null,
						new Page.WaitForFunctionOptions().setTimeout(500));
				break;
			}
			catch (TimeoutError notYet) {
				// The socket is not subscribed yet: the next change will show.
			}
		}
		assertThat((String) graphiql.evaluate(result)).contains("\"graphChanged\"", "\"entityId\"");
	}

	private HttpResponse<String> post(String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ documents { id } }\"}"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
	}

}
