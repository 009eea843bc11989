package se.samverkanskartan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * The throttle's arithmetic on a clock the test moves: failures count within the window only, a lock ends after the
 * lockout, a user name and an address are locked apart, and a success clears the user's failures.
 */
class LoginThrottleTest {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new SecurityProperties.LoginThrottle(5, Duration.ofMinutes(10), Duration.ofMinutes(15), 1000), this.clock);

	@Test
	void fiveFailuresWithinTheWindowLockTheUserAndTheAddressUntilTheLockoutEnds() {
		fail("anna", "10.0.0.1", 4);
		assertThat(this.throttle.lockedFor("anna", "10.0.0.1")).isEmpty();
		fail("anna", "10.0.0.1", 1);
		assertThat(this.throttle.lockedFor("Anna", "192.0.2.7")).hasValue(Duration.ofMinutes(15));
		assertThat(this.throttle.lockedFor("bertil", "10.0.0.1")).hasValue(Duration.ofMinutes(15));
		assertThat(this.throttle.lockedFor("bertil", "192.0.2.7")).isEmpty();

		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.throttle.lockedFor("anna", "192.0.2.7")).hasValue(Duration.ofMinutes(1));
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.lockedFor("anna", "10.0.0.1")).isEmpty();
	}

	@Test
	void failuresOlderThanTheWindowNoLongerCount() {
		fail("anna", "10.0.0.1", 4);
		this.clock.advance(Duration.ofMinutes(11));
		fail("anna", "10.0.0.1", 4);
		assertThat(this.throttle.lockedFor("anna", "10.0.0.1")).isEmpty();
	}

	@Test
	void aSuccessClearsTheUsersFailuresButNotTheAddresss() {
		fail("anna", "10.0.0.1", 4);
		this.throttle.succeeded("anna");
		fail("anna", "192.0.2.7", 4);
		assertThat(this.throttle.lockedFor("anna", "192.0.2.7")).isEmpty();
		fail("cecilia", "10.0.0.1", 1);
		assertThat(this.throttle.lockedFor("david", "10.0.0.1")).isPresent();
	}

	private void fail(String user, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(user, address);
		}
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-06-01T08:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
