package se.samverkanskartan.ui.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls to the API of a running application over real HTTP, as another system makes them. Redirects are not
 * followed, so that a redirect to the UI's login page shows as what it is.
 */
public final class ApiCalls {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;

	public ApiCalls(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Posts a GraphQL document to {@code /graphql} with the given headers (name, value, name, value…). */
	public HttpResponse<String> graphQl(String document, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))));
		return send(request, headers);
	}

	/** Posts a body of the given content type (none when null) to a path, with headers (name, value…). */
	public HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request, headers);
	}

	/** An OPTIONS request, as a browser's CORS preflight. */
	public HttpResponse<String> options(String path, String... headers) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
				headers);
	}

	public HttpResponse<String> get(String path, String... headers) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET(), headers);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String... headers) throws Exception {
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	public static String[] basic(String user, String password) {
		return new String[] { "Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)) };
	}

	public static String[] bearer(String token) {
		return new String[] { "Authorization", "Bearer " + token };
	}

}
