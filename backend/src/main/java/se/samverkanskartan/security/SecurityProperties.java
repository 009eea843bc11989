package se.samverkanskartan.security;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samverkanskartan.security}: users, API keys and the switches of the API's security. Passwords are stored
 * encoded ({@code {bcrypt}…}), API keys as the SHA-256 of the key (hex); the README says how to make both.
 *
 * @param anonymousRead whether callers without credentials may read (never write), e.g. for a presentation screen
 * @param devUsers whether the development users (viewer, editor, admin) log in when no users are configured
 * @param users the users who log in with a password, in the API (HTTP Basic) and the UI alike
 * @param apiKeys the keys other systems send as {@code Authorization: ApiKey <key>} or {@code X-API-Key}
 * @param basicCache how long a verified password is remembered, so the password hash runs once, not per request
 * @param jwt where bearer tokens keep the roles (the issuer or JWK set are Spring Boot's
 *     {@code spring.security.oauth2.resourceserver.jwt.*} properties)
 * @param allowedOrigins the origins (e.g. {@code https://intranet.example.org}) besides the application's own whose
 *     pages may use the API from a browser: CORS for GraphQL, writes and the WebSocket; empty, CORS is off
 * @param loginThrottle how many failed logins lock a user name or an address, and for how long
 */
@ConfigurationProperties("samverkanskartan.security")
public record SecurityProperties(@DefaultValue("false") boolean anonymousRead, @DefaultValue("true") boolean devUsers,
		@DefaultValue List<User> users, @DefaultValue List<ApiKey> apiKeys, @DefaultValue BasicCache basicCache,
		@DefaultValue Jwt jwt, @DefaultValue List<String> allowedOrigins, @DefaultValue LoginThrottle loginThrottle) {

	/** A user: the password encoded with its algorithm prefix, e.g. {@code {bcrypt}$2a$10$…}. */
	public record User(String username, String password, List<Role> roles) {
	}

	/** A machine credential: the SHA-256 (hex) of a high-entropy key, a name for the audit trail, and roles. */
	public record ApiKey(String name, String sha256, List<Role> roles) {
	}

	/** How long and how many successful password checks are remembered. */
	public record BasicCache(@DefaultValue("10m") Duration ttl, @DefaultValue("10000") int maxEntries) {
	}

	/**
	 * Failed logins, in the UI and over HTTP Basic alike, counted per user name and per address.
	 *
	 * @param maxFailures this many failures within {@code window} lock the user name or the address
	 * @param window how far back failures count
	 * @param lockout how long a lock lasts; even the right password is refused meanwhile
	 * @param maxTracked how many user names and addresses are tracked at most, so that a flood of made-up names
	 *     cannot fill the memory
	 */
	public record LoginThrottle(@DefaultValue("5") int maxFailures, @DefaultValue("10m") Duration window,
			@DefaultValue("15m") Duration lockout, @DefaultValue("100000") int maxTracked) {
	}

	/**
	 * @param rolesClaim the claim holding the roles: a list or a space-separated string; a dotted path reaches
	 *     into nested claims, e.g. {@code realm_access.roles}
	 * @param principalClaim the claim naming the caller in the audit trail; the subject when absent
	 */
	public record Jwt(@DefaultValue("roles") String rolesClaim, @Nullable String principalClaim) {
	}

}
