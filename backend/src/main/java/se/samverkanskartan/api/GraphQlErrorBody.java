package se.samverkanskartan.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error answered before GraphQL runs, shaped like a GraphQL response ({@code {"errors": [{"message": ...}]}}),
 * in the media type the client asked for: {@code application/graphql-response+json} when it accepts it, otherwise
 * {@code application/json}.
 */
final class GraphQlErrorBody {

	static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GraphQlErrorBody() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		response.setStatus(status);
		response.setContentType(accept != null && accept.contains(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : "application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Map<String, Object> error = Map.of("message", message, "extensions",
				Map.of("classification", classification(status)));
		response.getWriter().write(JSON.writeValueAsString(Map.of("errors", List.of(error))));
		response.flushBuffer();
	}

	private static String classification(int status) {
		return switch (status) {
			case 401 -> "UNAUTHORIZED";
			case 403 -> "FORBIDDEN";
			case 404 -> "NOT_FOUND";
			default -> status < 500 ? "BAD_REQUEST" : "INTERNAL_ERROR";
		};
	}

}
