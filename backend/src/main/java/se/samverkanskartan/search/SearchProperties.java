package se.samverkanskartan.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one search may read.
 *
 * @param maxHits the most matches each full-text index hands over, best first, before they are ranked and paged: a
 * one-letter prefix matches nearly every node, and ranking them all on every keystroke would read the whole graph
 */
@ConfigurationProperties("samverkanskartan.search")
record SearchProperties(int maxHits) {
}
