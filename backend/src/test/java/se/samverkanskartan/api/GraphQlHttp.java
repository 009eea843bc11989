package se.samverkanskartan.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain GraphQL-over-HTTP client for tests that need many concurrent requests or a separate process. */
final class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI uri;

	private final String authorization;

	GraphQlHttp(int port, String authorization) {
		this.uri = URI.create("http://localhost:" + port + "/graphql");
		this.authorization = authorization;
	}

	/** The response body as JSON; throws if the request fails at the HTTP level. */
	JsonNode post(String query, Map<String, Object> variables) throws Exception {
		String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.uri)
			.header("Content-Type", "application/json")
			.header("Authorization", this.authorization)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 500) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
	}

}
