package se.samverkanskartan.security;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.security.authentication.LockedException;

/**
 * A login refused because its user name or address is locked after too many failures; says for how long. It
 * supplies that duration, so that the UI, which uses nothing of the backend's own, can read it as a
 * {@code Supplier<Duration>} of Spring's {@link LockedException}.
 */
public final class LoginLockedException extends LockedException implements Supplier<Duration> {

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

	@Override
	public Duration get() {
		return this.retryAfter;
	}

	private static long minutes(Duration duration) {
		return Math.max(1, (duration.toSeconds() + 59) / 60);
	}

}
