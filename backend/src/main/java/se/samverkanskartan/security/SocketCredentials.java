package se.samverkanskartan.security;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Authenticates the GraphQL WebSocket at graphql-ws's {@code connection_init}, since a browser cannot put headers
 * on a WebSocket's handshake: the payload may carry them, {@code {"X-API-Key": "…"}} or {@code {"Authorization":
 * "Bearer …"}} ({@code Basic …} and {@code ApiKey …} too). Without credentials in the payload the socket keeps those
 * of its handshake. A socket left without credentials (unless anonymous read is on, which reads only) or with
 * wrong ones is closed with 4401, one whose credentials carry no role with 4403, each with the reason; graphql-ws
 * runs nothing before {@code connection_init} is acknowledged. The credentials then hold for every operation on
 * the socket, as the handshake's did: role checks and internal facts see them.
 */
final class SocketCredentials implements WebSocketGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(SocketCredentials.class);

	/** The session attribute holding the socket's security context once {@code connection_init} has set it. */
	private static final String CONTEXT = SocketCredentials.class.getName() + ".CONTEXT";

	private static final Set<String> ROLES = Set.of("ROLE_VIEWER", "ROLE_EDITOR", "ROLE_ADMIN");

	/** graphql-ws's close codes. */
	static final int UNAUTHORIZED = 4401;

	static final int FORBIDDEN = 4403;

	private final AuthenticationManager authentication;

	private final boolean anonymousRead;

	SocketCredentials(AuthenticationManager authentication, boolean anonymousRead) {
		this.authentication = authentication;
		this.anonymousRead = anonymousRead;
	}

	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
		Authentication caller;
		try {
			Authentication presented = presented(payload, info.getRemoteAddress());
			// The handshake's, as Spring for GraphQL restores it around every message of the socket.
			caller = presented != null ? this.authentication.authenticate(presented)
					: SecurityContextHolder.getContext().getAuthentication();
		}
		catch (ProviderNotFoundException ex) {
			return refuse(info, UNAUTHORIZED, "Unauthorized: bearer tokens are not accepted here");
		}
		catch (AuthenticationException ex) {
			return refuse(info, UNAUTHORIZED, "Unauthorized: " + ex.getMessage());
		}
		if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
			return this.anonymousRead ? Mono.empty()
					: refuse(info, UNAUTHORIZED, "Unauthorized: send X-API-Key or Authorization in connection_init");
		}
		if (caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(ROLES::contains)) {
			return refuse(info, FORBIDDEN, "Forbidden: " + caller.getName() + " has no role VIEWER, EDITOR or ADMIN");
		}
		info.getAttributes().put(CONTEXT, new SecurityContextImpl(caller));
		return Mono.empty();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest socket
				&& socket.getSessionInfo().getAttributes().get(CONTEXT) instanceof SecurityContext context) {
			// The key under which context propagation restores the SecurityContextHolder for data fetchers.
			return chain.next(request).contextWrite(Context.of(SecurityContext.class.getName(), context));
		}
		return chain.next(request);
	}

	/** The credentials in the payload, by header name in any case; null when there are none. */
	private static @Nullable Authentication presented(Map<String, Object> payload, @Nullable InetSocketAddress remote) {
		String key = text(payload, ApiKeyAuthentication.HEADER);
		if (key != null) {
			return ApiKeyAuthentication.presented(key);
		}
		String authorization = text(payload, HttpHeaders.AUTHORIZATION);
		if (authorization == null) {
			return null;
		}
		String[] scheme = authorization.strip().split("\\s+", 2);
		String value = scheme.length == 2 ? scheme[1] : "";
		return switch (scheme[0].toLowerCase(Locale.ROOT)) {
			case "bearer" -> new BearerTokenAuthenticationToken(value);
			case "apikey" -> ApiKeyAuthentication.presented(value);
			case "basic" -> password(value, remote);
			default -> throw new BadCredentialsException("Authorization must be Bearer, Basic or ApiKey");
		};
	}

	private static Authentication password(String encoded, @Nullable InetSocketAddress remote) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new BadCredentialsException("Basic credentials must be Base64 of user:password");
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			throw new BadCredentialsException("Basic credentials must be Base64 of user:password");
		}
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken
			.unauthenticated(decoded.substring(0, colon), decoded.substring(colon + 1));
		// The login throttle counts failures by address too, as for HTTP Basic.
		token.setDetails(new WebAuthenticationDetails(
				remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress(), null));
		return token;
	}

	private static @Nullable String text(Map<String, Object> payload, String name) {
		for (Map.Entry<String, Object> entry : payload.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(name)) {
				if (!(entry.getValue() instanceof String value)) {
					throw new BadCredentialsException(name + " in connection_init must be a string");
				}
				return value;
			}
		}
		return null;
	}

	private static Mono<Object> refuse(WebSocketSessionInfo info, int code, String reason) {
		log.warn("Refused a GraphQL WebSocket from {} at connection_init: {}", info.getRemoteAddress(), reason);
		ClosableSockets.close(info, code, reason);
		// Spring for GraphQL closes the socket on this error, if it is still open, with 4401.
		return Mono.error(new BadCredentialsException(reason));
	}

}
