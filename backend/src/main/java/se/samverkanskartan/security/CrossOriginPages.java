package se.samverkanskartan.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS for GraphQL over HTTP: scripts on pages of the origins in {@code samverkanskartan.security.allowed-origins}
 * may call {@code /graphql} (GET and POST) and read the answer; with the list empty CORS is off. The same list lets
 * those pages write past {@link CrossSiteRequests}: one list, one meaning. A preflight is answered here, before
 * any authentication, since a browser never sends credentials with it.
 *
 * <p>
 * Credentials are not allowed ({@code Access-Control-Allow-Credentials} is never sent): a browser then never
 * attaches the Basic login or cookies it keeps for this application to another site's request. Those pages send
 * an API key ({@code X-API-Key}) or a bearer token in a header instead, which it does send.
 */
final class CrossOriginPages {

	static final List<String> HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION,
			ApiKeyAuthentication.HEADER, HttpHeaders.IF_NONE_MATCH);

	static final List<String> METHODS = List.of("GET", "POST", "OPTIONS");

	/** How long a browser may keep a preflight's answer. */
	private static final Duration PREFLIGHT_CACHED = Duration.ofHours(1);

	private CrossOriginPages() {
	}

	/** The filter for the API's chain, for the one path of GraphQL over HTTP; only when some origin is allowed. */
	static CorsFilter filter(List<String> allowedOrigins, String path) {
		AllowedOrigins configuration = new AllowedOrigins(allowedOrigins);
		CorsFilter filter = new CorsFilter(request -> configuration) {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !request.getRequestURI().equals(request.getContextPath() + path);
			}
		};
		filter.setCorsProcessor(new Processor());
		return filter;
	}

	/** The origins, compared as {@link CrossSiteRequests} compares them (a default port written out or not). */
	private static final class AllowedOrigins extends CorsConfiguration {

		private final List<String> normalised;

		AllowedOrigins(List<String> origins) {
			this.normalised = origins.stream().map(CrossSiteRequests::normalised).toList();
			setAllowedOrigins(origins);
			setAllowedMethods(METHODS);
			setAllowedHeaders(HEADERS);
			// A script may read the ETag, to send it back in If-None-Match itself.
			setExposedHeaders(List.of(HttpHeaders.ETAG));
			setAllowCredentials(false);
			setMaxAge(PREFLIGHT_CACHED);
		}

		@Override
		public @Nullable String checkOrigin(@Nullable String origin) {
			return origin != null && this.normalised.contains(CrossSiteRequests.normalised(origin)) ? origin : null;
		}

	}

	/**
	 * Spring's CORS processing, with two changes: a request from an origin not on the list gets no CORS headers and
	 * goes on (to be refused by {@link CrossSiteRequests} if it writes; its script cannot read a read), rather than a
	 * bare 403; and a refused preflight gets the API's JSON error that says why.
	 */
	private static final class Processor extends DefaultCorsProcessor {

		@Override
		public boolean processRequest(@Nullable CorsConfiguration configuration, HttpServletRequest request,
				HttpServletResponse response) throws IOException {
			String origin = request.getHeader(HttpHeaders.ORIGIN);
			if (configuration != null && CorsUtils.isCorsRequest(request) && configuration.checkOrigin(origin) == null) {
				if (!CorsUtils.isPreFlightRequest(request)) {
					// The answer differs by Origin, so a cache must keep them apart.
					response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
					return true;
				}
				ApiRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "This preflight comes from a page on "
						+ "another site (Origin " + origin + "); only the origins in samverkanskartan.security.allowed-origins "
						+ "may use the API from a browser");
				return false;
			}
			return super.processRequest(configuration, request, response);
		}

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			ApiRefusal.write(((ServletServerHttpResponse) response).getServletResponse(), HttpServletResponse.SC_FORBIDDEN,
					"FORBIDDEN", "This CORS request asks for what the API does not take from a browser: it takes "
							+ String.join(", ", METHODS) + " with the headers " + String.join(", ", HEADERS) + " from a well-formed Origin");
		}

	}

}
