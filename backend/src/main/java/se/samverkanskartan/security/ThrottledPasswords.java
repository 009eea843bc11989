package se.samverkanskartan.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check with the {@link LoginThrottle} in front: a locked user name or address is refused before the
 * password is looked at, a wrong password counts as a failure, the right one clears the user's. The address comes
 * from the details that both HTTP Basic and form login attach to the token.
 */
final class ThrottledPasswords implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledPasswords(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
		var locked = this.throttle.lockedFor(username, address);
		if (locked.isPresent()) {
			throw new LoginLockedException(locked.get());
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			if (result != null && result.isAuthenticated()) {
				this.throttle.succeeded(username);
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
