package se.samverkanskartan.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@code graphChanged} follows the audit trail.
 *
 * @param pollInterval how often the trail is read for changes that other instances committed, while anyone is
 *        subscribed; changes committed in this instance are announced as soon as they are placed
 */
@ConfigurationProperties("samverkanskartan.live")
record LiveProperties(Duration pollInterval) {
}
