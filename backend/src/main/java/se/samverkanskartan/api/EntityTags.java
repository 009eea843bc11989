package se.samverkanskartan.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * A strong ETag, the SHA-256 of the body, on the answers to GraphQL queries over GET, and 304 without a body for
 * a request whose {@code If-None-Match} names it. {@code Cache-Control: private, no-cache}: the answer depends on
 * the caller's credentials and on the day, so no shared cache keeps it, and a browser asks each time, which costs
 * a 304 when nothing changed.
 */
class EntityTags extends ShallowEtagHeaderFilter {

	static final String CACHE_CONTROL = "private, no-cache";

	private final String path;

	EntityTags(String path) {
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// graphql-ws opens its WebSocket with a GET on the same path.
		return !"GET".equals(request.getMethod()) || !request.getRequestURI().equals(request.getContextPath() + this.path)
				|| "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Before the answer is written, so that Spring Security's "no-store" default does not replace it.
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		super.doFilterInternal(request, response, chain);
	}

	@Override
	protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
		return "\"" + PersistedQueries.sha256(body.readAllBytes()) + "\"";
	}

}
