package se.samverkanskartan.ui.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a failed login lands: back on the login view with {@code ?error}, or, when the user name or address is
 * locked after too many failures, with {@code ?locked=N}, the minutes left (rounded up), so that the view can say so.
 */
final class LoginFailure implements AuthenticationFailureHandler {

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		// The backend's lock says how long it lasts as a Supplier<Duration>; the UI uses no class of the backend's.
		String target = exception instanceof LockedException && exception instanceof Supplier<?> lock
				&& lock.get() instanceof Duration left ? "/login?locked=" + Math.max(1, (left.toSeconds() + 59) / 60)
						: "/login?error";
		this.redirect.sendRedirect(request, response, target);
	}

	/** The minutes a {@code ?locked=N} says are left; 0 when the parameter is absent or not a number. */
	static long lockedMinutes(Map<String, List<String>> parameters) {
		try {
			return parameters.getOrDefault("locked", List.of()).stream().findFirst().map(Long::parseLong).orElse(0L);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
