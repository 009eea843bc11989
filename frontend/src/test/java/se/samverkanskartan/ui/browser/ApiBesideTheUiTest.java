package se.samverkanskartan.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

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
