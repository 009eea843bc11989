package se.samverkanskartan.ui.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of the UI's pages and resources, set on every response outside the API: a
 * Content-Security-Policy that allows the application's own scripts, styles, images and connections only, no
 * framing, and no guessing of content types. A servlet filter of its own rather than Spring Security's header
 * settings, because some of Vaadin's responses (the bootstrap page at {@code /} among them) never pass through a
 * security filter chain.
 *
 * <p>
 * Vaadin Flow needs {@code 'unsafe-inline'} for the inline script that starts its client engine and
 * {@code 'unsafe-eval'} for the JavaScript the server sends ({@code executeJs}, event data), and inline styles
 * (see Vaadin's "Content Security Policy" page); the browser test {@code PageSecurityBrowserTest} checks that the
 * login and the map run under this policy without a violation.
 */
final class SecurityHeaders extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'",
			"script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: blob:", "font-src 'self' data:", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	/** The API's paths: JSON, downloads and GraphiQL, with the API's own headers. */
	private static final List<String> API = List.of("/graphql", "/graphiql", "/webjars/", "/export/", "/import/");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (API.stream().noneMatch(path::startsWith)) {
			response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("X-Content-Type-Options", "nosniff");
		}
		chain.doFilter(request, response);
	}

}
