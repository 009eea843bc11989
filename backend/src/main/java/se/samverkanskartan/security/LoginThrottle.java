package se.samverkanskartan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed logins per user name and per address, and locks either for a while once too many fail within the
 * window: guessing passwords then takes years instead of hours, for one account or many from one address. While a
 * lock lasts even the right password is refused, so that a guess that happens to be right tells nothing. Every
 * failure is logged with the user name and the address, never the password.
 */
public final class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** The failures within the window, oldest first, and the end of a lock. */
	private static final class Record {

		private final Deque<Instant> failures = new ArrayDeque<>();

		private Instant lockedUntil = Instant.MIN;

	}

	private final SecurityProperties.LoginThrottle settings;

	private final Clock clock;

	private final Map<String, Record> records = new ConcurrentHashMap<>();

	LoginThrottle(SecurityProperties.LoginThrottle settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** How long the user name or the address is still locked, whichever lasts longer; empty when neither is. */
	public Optional<Duration> lockedFor(String username, String address) {
		Instant now = this.clock.instant();
		Instant until = max(lockedUntil(userKey(username)), lockedUntil(addressKey(address)));
		return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	/** Records a failed login; the failure that reaches the limit starts the lock. */
	public void failed(String username, String address) {
		log.warn("Failed login for user '{}' from {}", printable(username), address);
		for (String key : new String[] { userKey(username), addressKey(address) }) {
			count(key, username, address);
		}
	}

	/** A successful login clears the user name's failures (not the address's: one account must not unlock many). */
	public void succeeded(String username) {
		this.records.remove(userKey(username));
	}

	private void count(String key, String username, String address) {
		Instant now = this.clock.instant();
		makeRoom(now);
		Record record = this.records.computeIfAbsent(key, k -> new Record());
		synchronized (record) {
			record.failures.addLast(now);
			while (!record.failures.isEmpty() && !record.failures.peekFirst().isAfter(now.minus(this.settings.window()))) {
				record.failures.removeFirst();
			}
			if (record.failures.size() >= this.settings.maxFailures() && !record.lockedUntil.isAfter(now)) {
				record.lockedUntil = now.plus(this.settings.lockout());
				record.failures.clear();
				log.warn("Logins locked for {} after {} failures within {} (last: user '{}' from {})",
						this.settings.lockout(), this.settings.maxFailures(), this.settings.window(),
						printable(username), address);
			}
		}
	}

	private Instant lockedUntil(String key) {
		Record record = this.records.get(key);
		if (record == null) {
			return Instant.MIN;
		}
		synchronized (record) {
			return record.lockedUntil;
		}
	}

	/** Forgets what has neither a lock nor a failure within the window; everything, if that is not enough. */
	private void makeRoom(Instant now) {
		if (this.records.size() < this.settings.maxTracked()) {
			return;
		}
		Instant windowStart = now.minus(this.settings.window());
		this.records.values().removeIf(record -> {
			synchronized (record) {
				return !record.lockedUntil.isAfter(now)
						&& (record.failures.isEmpty() || !record.failures.peekLast().isAfter(windowStart));
			}
		});
		if (this.records.size() >= this.settings.maxTracked()) {
			this.records.clear();
		}
	}

	private static String userKey(String username) {
		return "user:" + username.strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	/** The user name as logged: no line breaks or other control characters that could forge log lines, and short. */
	private static String printable(String username) {
		String clean = username.replaceAll("\\p{Cntrl}", "?");
		return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
