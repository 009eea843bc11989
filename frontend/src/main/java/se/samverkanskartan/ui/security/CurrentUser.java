package se.samverkanskartan.ui.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The signed-in user as the UI needs to know them: name, highest role, whether to offer editing. Only what is
 * shown depends on this; what a user may read and change is decided by the API, which gets the same user with
 * every call (see {@code InProcessGraphQlTransport}).
 */
@Component
public class CurrentUser {

	/** Roles from the highest down; ADMIN includes EDITOR includes VIEWER. */
	private static final String[] ROLES = { "ADMIN", "EDITOR", "VIEWER" };

	private final AuthenticationContext context;
	private final boolean anonymousRead;

	CurrentUser(AuthenticationContext context,
			@Value("${samverkanskartan.security.anonymous-read:false}") boolean anonymousRead) {
		this.context = context;
		this.anonymousRead = anonymousRead;
	}

	public boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/** Whether the map may be shown: to a signed-in user, or to anyone on a public presentation screen. */
	public boolean mayRead() {
		return signedIn() || anonymousRead;
	}

	public boolean mayEdit() {
		Optional<String> role = role();
		return role.isPresent() && !"VIEWER".equals(role.get());
	}

	/** Whether to offer what only administrators may do, such as importing spreadsheets. */
	public boolean isAdmin() {
		return role().filter("ADMIN"::equals).isPresent();
	}

	public Optional<String> name() {
		return signedIn() ? Optional.of(SecurityContextHolder.getContext().getAuthentication().getName())
				: Optional.empty();
	}

	/** The highest of the user's roles: ADMIN, EDITOR or VIEWER. */
	public Optional<String> role() {
		if (!signedIn()) {
			return Optional.empty();
		}
		Set<String> authorities = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
			.map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
		for (String role : ROLES) {
			if (authorities.contains("ROLE_" + role)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	public void logout() {
		context.logout();
	}
}
