package se.samverkanskartan.security;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users who log in with a password: those configured, or, when none are, the development users (one per role,
 * passwords in the README), announced loudly so that no one runs them in production unawares.
 */
final class UserAccounts {

	private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

	/** The development users: name, password and role. Documented in the README. */
	static final List<SecurityProperties.User> DEVELOPMENT = List.of(
			new SecurityProperties.User("viewer", "viewer-dev", List.of(Role.VIEWER)),
			new SecurityProperties.User("editor", "editor-dev", List.of(Role.EDITOR)),
			new SecurityProperties.User("admin", "admin-dev", List.of(Role.ADMIN)));

	private UserAccounts() {
	}

	static List<UserDetails> of(SecurityProperties properties, PasswordEncoder encoder) {
		List<UserDetails> users = new ArrayList<>();
		if (!properties.users().isEmpty()) {
			properties.users().forEach(user -> users.add(user(user.username(), user.password(), user.roles())));
			log.info("{} users configured (samverkanskartan.security.users)", users.size());
		}
		else if (properties.devUsers()) {
			DEVELOPMENT.forEach(user -> users.add(user(user.username(), encoder.encode(user.password()), user.roles())));
			log.warn("""

					****************************************************************************************
					  DEVELOPMENT USERS ARE ACTIVE: viewer/viewer-dev, editor/editor-dev, admin/admin-dev.
					  Anyone who reads the README can log in. Configure samverkanskartan.security.users
					  (or set samverkanskartan.security.dev-users=false) before this runs anywhere else.
					****************************************************************************************""");
		}
		else {
			log.info("No password users: the API accepts API keys and bearer tokens only");
		}
		return users;
	}

	private static UserDetails user(String name, String encodedPassword, List<Role> roles) {
		if (roles.isEmpty()) {
			throw new IllegalStateException("samverkanskartan.security.users: '" + name + "' has no roles");
		}
		return User.withUsername(name).password(encodedPassword)
			.authorities(roles.stream().map(Role::authority).toList())
			.build();
	}

}
