package se.samverkanskartan.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samverkanskartan.live}: how the live updates follow the audit trail in the database.
 *
 * @param poll how often the trail is read for entries placed since the last read; sooner after a change made here
 * @param batch how many entries one read hands on at most
 */
@ConfigurationProperties("samverkanskartan.live")
record LiveProperties(@DefaultValue("250ms") Duration poll, @DefaultValue("500") int batch) {
}
