package se.samverkanskartan.editing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one bulk write ({@code createNodes}, {@code upsertNodes}) may ask. It runs within the request's time limit,
 * and its changes of existing nodes go through the editor one by one, so the limit stays well below the import's
 * {@code max-rows}, which has a minute.
 *
 * @param maxItems the most inputs one bulk write may hold
 */
@ConfigurationProperties("samverkanskartan.editing.bulk")
record BulkLimits(int maxItems) {
}
