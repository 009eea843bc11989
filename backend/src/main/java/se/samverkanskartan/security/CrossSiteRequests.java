package se.samverkanskartan.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses what a page on another site can make a browser send to the API with the user's credentials (a Basic
 * login the browser remembers): writes and WebSocket handshakes whose {@code Origin} is another site, and writes in
 * a content type an HTML form can send (none, {@code text/plain}, form encoding, multipart), unless their origin is
 * this application's or one configured in {@code samverkanskartan.security.allowed-origins}. A browser sends such
 * "simple" requests across sites without asking first; anything else it asks about first, and the API says yes
 * only to those origins ({@link CrossOriginPages}). GraphQL goes as {@code application/json} (anything else gets a 415 from GraphQL over HTTP itself), imports as
 * {@code text/csv} or a spreadsheet type, so no client of the API loses anything. The refusal is a 403 with a JSON
 * error that says why.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(CrossSiteRequests.class);

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/** The content types of HTML forms and of {@code fetch} without a preflight. */
	private static final Set<String> SIMPLE_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
			"multipart/form-data");

	private final List<String> allowedOrigins;

	CrossSiteRequests(List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins.stream().map(CrossSiteRequests::normalised).toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean handshake = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
		boolean write = !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT));
		if (!write && !handshake) {
			chain.doFilter(request, response);
			return;
		}
		String origin = request.getHeader("Origin");
		boolean trusted = origin != null && (sameOrigin(request, origin) || this.allowedOrigins.contains(normalised(origin)));
		if (origin != null && !trusted) {
			refuse(request, response, "This request comes from a page on another site (Origin " + origin
					+ "); only this application's pages and the origins in samverkanskartan.security.allowed-origins may send it");
			return;
		}
		// GraphQL over HTTP answers such a type with 415 itself, before anything runs, as its specification says.
		boolean graphQl = request.getRequestURI().equals(request.getContextPath() + "/graphql");
		if (write && !trusted && !graphQl && isSimple(request.getContentType())) {
			refuse(request, response, "A change must be sent as application/json (GraphQL) or as the file's own type "
					+ "(text/csv, a spreadsheet): " + (request.getContentType() == null ? "no content type"
							: request.getContentType()) + " is what a form on any site can send");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isSimple(@Nullable String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return SIMPLE_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			// What the server cannot read as a media type, it does not accept as proof of a script-made request.
			return true;
		}
	}

	/** Whether the origin is this application's, as the request reached it (scheme, host and port). */
	private static boolean sameOrigin(HttpServletRequest request, String origin) {
		String own = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
		return normalised(own).equals(normalised(origin));
	}

	/** {@code scheme://host:port}, lower case, with the scheme's default port written out; the text itself if no URI. */
	static String normalised(String origin) {
		try {
			URI uri = URI.create(origin.strip());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return origin.strip().toLowerCase(Locale.ROOT);
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
			return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
		}
		catch (IllegalArgumentException ex) {
			return origin.strip().toLowerCase(Locale.ROOT);
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
		log.warn("Refused a cross-site {} {} from {}: {}", request.getMethod(), request.getRequestURI(),
				request.getRemoteAddr(), why);
		ApiRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", why);
	}

}
