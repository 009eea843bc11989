package se.samverkanskartan.ui.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import se.samverkanskartan.security.LoginLockedException;

/**
 * Where a failed login lands: back on the login view with {@code ?error}, or, when the user name or address is
 * locked after too many failures, with {@code ?locked=N}, the minutes left, so that the view can say so.
 */
final class LoginFailure implements AuthenticationFailureHandler {

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String target = exception instanceof LoginLockedException locked ? "/login?locked=" + locked.minutesLeft()
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
