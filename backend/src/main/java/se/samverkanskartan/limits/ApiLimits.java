package se.samverkanskartan.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits that keep one request from taking the service down.
 *
 * @param maxDepth how deeply fields may nest
 * @param maxCost how many values a query may return by its estimate ({@link QueryCost}): list fields multiply what
 *        is selected under them by their length ({@code first}, or {@link ListSizes}), so nesting cannot amplify
 * @param maxRequestSize the largest request body, and the longest GET query string
 * @param timeout how long one request may run
 * @param brake how a client that keeps being refused is slowed ({@link RefusalBrake})
 */
@ConfigurationProperties("samverkanskartan.api.limits")
public record ApiLimits(int maxDepth, long maxCost, DataSize maxRequestSize, Duration timeout, Brake brake) {

	/**
	 * @param after refusals within the window after which the client's requests wait; 0 turns the brake off
	 * @param window the time over which refusals are counted
	 * @param delay how long each request of a braked client waits before it is looked at
	 */
	public record Brake(int after, Duration window, Duration delay) {
	}

}
