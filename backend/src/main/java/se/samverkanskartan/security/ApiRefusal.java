package se.samverkanskartan.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How the API refuses a caller: 401 with a Basic challenge when credentials are missing or wrong, 429 with
 * {@code Retry-After} while the user name or address is locked after failed logins, 403 when the role does not
 * suffice, each with a GraphQL-shaped error body. The response is written here rather than through the
 * container's error page, since that page belongs to the UI's chain, which would answer with a redirect to its
 * login form.
 */
class ApiRefusal implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof LoginLockedException locked) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, locked.retryAfter().toSeconds())));
			write(response, 429, "TOO_MANY_REQUESTS", locked.getMessage());
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Samverkanskartan\"");
		write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
				"Authentication required: HTTP Basic, an API key (X-API-Key) or a bearer token");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "Your role may not do this");
	}

	static void write(HttpServletResponse response, int status, String classification, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"errors\":[{\"message\":\"" + escaped(message)
				+ "\",\"extensions\":{\"classification\":\"" + classification + "\"}}]}");
	}

	/** The text as a JSON string's content: a message may quote a header the caller sent. */
	private static String escaped(String text) {
		StringBuilder json = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return json.toString();
	}

}
