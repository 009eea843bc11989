package se.samverkanskartan.editing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one bulk write ({@code createNodes}, {@code upsertNodes}) may ask. Its inputs go through the editors one
 * by one within the request's time limit, so the limit stays well below the import's {@code max-rows}, which has a
 * minute.
 *
 * @param maxItems the most inputs one bulk write may hold
 */
@ConfigurationProperties("samverkanskartan.editing.bulk")
record BulkLimits(int maxItems) {
}
