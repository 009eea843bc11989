package se.samverkanskartan.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The roles, each including the one before: VIEWER reads, EDITOR changes data, ADMIN manages users and settings. */
public enum Role {

	VIEWER, EDITOR, ADMIN;

	public SimpleGrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	/** A role by name, case-insensitively, with or without the {@code ROLE_} prefix. */
	static Optional<Role> of(String name) {
		String plain = name.strip().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
		return Arrays.stream(values()).filter(role -> role.name().equals(plain)).findFirst();
	}

}
