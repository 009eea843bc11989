package se.samverkanskartan.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samverkanskartan.api.persisted-queries}: automatic persisted queries ({@link PersistedQueries}).
 *
 * @param maxEntries how many queries are kept at most; beyond it the least recently used goes, and its client
 *     sends it again when asked
 */
@ConfigurationProperties("samverkanskartan.api.persisted-queries")
public record PersistedQueryProperties(@DefaultValue("1000") int maxEntries) {
}
