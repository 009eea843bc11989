package se.samverkanskartan.security;

import org.springframework.security.authentication.AuthenticationManager;

/**
 * The one way passwords are checked, for the API's HTTP Basic and the UI's login form alike: throttled
 * ({@link LoginThrottle}), then the password hash, whose successes are remembered for a while.
 *
 * @param manager the manager a security filter chain authenticates user names and passwords with
 */
public record PasswordLogins(AuthenticationManager manager) {
}
