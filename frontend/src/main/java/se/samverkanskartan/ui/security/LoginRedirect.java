package se.samverkanskartan.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;

/**
 * Sends a visitor who must log in first to the {@link LoginView}, remembering the address they opened, query
 * included, so that the login lands them on exactly that address.
 *
 * <p>
 * The map is open at the HTTP level and decides itself whether it needs a user, so neither Spring Security's request
 * cache nor Vaadin's navigation access control sees the refusal, and neither remembers the address. This stores it
 * where Vaadin's access control would: the session attribute that Vaadin's login success handler (installed by
 * {@code VaadinSecurityConfigurer}) reads, and redirects to, after the form login. The address is kept relative to
 * the application, so that the redirect also holds behind a proxy that rewrites the host.
 */
public final class LoginRedirect {

	private LoginRedirect() {
	}

	public static void toLogin(BeforeEnterEvent event) {
		VaadinRequest request = VaadinRequest.getCurrent();
		WrappedSession session = request == null ? null : request.getWrappedSession();
		if (session != null) {
			// Never "//host": a path with leading slashes would turn the redirect into one to another site.
			String target = "/" + event.getLocation().getPathWithQueryParameters().replaceFirst("^/+", "");
			session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, target);
			session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE, target);
		}
		event.forwardTo(LoginView.class);
	}
}
