package se.samverkanskartan.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making a change: the user name, {@code api-key:<name>} or a bearer token's subject. */
public final class Actor {

	private Actor() {
	}

	public static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "anonymous" : authentication.getName();
	}

}
