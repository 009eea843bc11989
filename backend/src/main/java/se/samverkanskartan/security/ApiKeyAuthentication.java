package se.samverkanskartan.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * API keys for other systems, sent as {@code Authorization: ApiKey <key>} or {@code X-API-Key: <key>}. Only the
 * SHA-256 of each key is configured: a high-entropy key needs no slow hash, so checking one costs a microsecond,
 * and the configuration reveals no key.
 */
final class ApiKeyAuthentication implements AuthenticationConverter, AuthenticationManager, AuthenticationProvider {

	static final String HEADER = "X-API-Key";

	private static final String SCHEME = "ApiKey ";

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	/** A key as sent, before it is checked. */
	private static final class Presented extends AbstractAuthenticationToken {

		private final String key;

		Presented(String key) {
			super(List.of());
			this.key = key;
		}

		@Override
		public Object getCredentials() {
			return this.key;
		}

		@Override
		public Object getPrincipal() {
			return "api-key";
		}

	}

	/** A checked key: the principal is {@code api-key:<name>}, as the audit trail shows it. */
	private static final class Verified extends AbstractAuthenticationToken {

		private final String name;

		Verified(String name, Collection<? extends GrantedAuthority> authorities) {
			super(authorities);
			this.name = name;
			setAuthenticated(true);
		}

		@Override
		public @Nullable Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return this.name;
		}

	}

	private final Map<String, Verified> byHash = new HashMap<>();

	ApiKeyAuthentication(List<SecurityProperties.ApiKey> keys) {
		for (SecurityProperties.ApiKey key : keys) {
			String hash = key.sha256().strip().toLowerCase(Locale.ROOT);
			if (!SHA256_HEX.matcher(hash).matches()) {
				throw new IllegalStateException("samverkanskartan.security.api-keys: the sha256 of '" + key.name()
						+ "' must be 64 hexadecimal digits (the SHA-256 of the key, not the key itself)");
			}
			this.byHash.put(hash, new Verified("api-key:" + key.name(), key.roles().stream().map(Role::authority).toList()));
		}
	}

	@Override
	public @Nullable Authentication convert(HttpServletRequest request) {
		String header = request.getHeader(HEADER);
		if (header == null) {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
				header = authorization.substring(SCHEME.length());
			}
		}
		return header == null ? null : presented(header);
	}

	/** A key as sent, to be checked by {@link #authenticate}: from a header, or from a WebSocket's connection_init. */
	static Authentication presented(String key) {
		return new Presented(key.strip());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return Presented.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Verified verified = this.byHash.get(Sha256.hex(String.valueOf(authentication.getCredentials())));
		if (verified == null) {
			throw new BadCredentialsException("Unknown API key");
		}
		return verified;
	}

}
