package se.samverkanskartan.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits that keep one request from taking the service down.
 *
 * @param maxDepth how deeply fields may nest
 * @param maxComplexity how many fields a query may select in all, nested ones included
 * @param maxRequestSize the largest request body, and the longest GET query string
 * @param timeout how long one request may run
 */
@ConfigurationProperties("samverkanskartan.api.limits")
public record ApiLimits(int maxDepth, int maxComplexity, DataSize maxRequestSize, Duration timeout) {
}
