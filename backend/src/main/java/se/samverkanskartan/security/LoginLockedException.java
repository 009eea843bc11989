package se.samverkanskartan.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A login refused because its user name or address is locked after too many failures; says for how long. */
public final class LoginLockedException extends LockedException {

	private final Duration retryAfter;

	LoginLockedException(Duration retryAfter) {
		super("Too many failed logins for this user or from this address; try again in " + minutes(retryAfter)
				+ " minutes");
		this.retryAfter = retryAfter;
	}

	/** How long until the lock ends. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** The whole minutes left, rounded up, as the user is told. */
	public long minutesLeft() {
		return minutes(this.retryAfter);
	}

	private static long minutes(Duration duration) {
		return Math.max(1, (duration.toSeconds() + 59) / 60);
	}

}
