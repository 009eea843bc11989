package se.samverkanskartan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Verifies a username and password once with the password hash (BCrypt takes ~70 ms on purpose) and then remembers
 * the success for a while, keyed by the SHA-256 of username and password. HTTP Basic sends the password with every
 * request; hashing it each time cut the API to 22 requests/s. Only successes are remembered, so a wrong password
 * always pays the full hash; the plain password is never kept.
 */
final class CachingPasswordAuthenticationProvider implements AuthenticationProvider {

	private record Verified(Authentication result, Instant until) {
	}

	private final AuthenticationProvider delegate;

	private final Duration ttl;

	private final int maxEntries;

	private final Clock clock;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	CachingPasswordAuthenticationProvider(AuthenticationProvider delegate, Duration ttl, int maxEntries, Clock clock) {
		this.delegate = delegate;
		this.ttl = ttl;
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) {
		String key = Sha256.hex(authentication.getName() + '\u0000' + authentication.getCredentials());
		Instant now = this.clock.instant();
		Verified hit = this.verified.get(key);
		if (hit != null && hit.until().isAfter(now)) {
			return hit.result();
		}
		Authentication result = this.delegate.authenticate(authentication);
		if (result != null && result.isAuthenticated()) {
			// What is remembered carries no credentials.
			Authentication remembered = UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(), null,
					result.getAuthorities());
			makeRoom(now);
			this.verified.put(key, new Verified(remembered, now.plus(this.ttl)));
			return remembered;
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Drops expired entries when full, and everything if that is not enough: the bound matters, not the policy. */
	private void makeRoom(Instant now) {
		if (this.verified.size() >= this.maxEntries) {
			this.verified.values().removeIf(v -> !v.until().isAfter(now));
			if (this.verified.size() >= this.maxEntries) {
				this.verified.clear();
			}
		}
	}

}
