package se.samverkanskartan.deck;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one user may keep: decks are small, but they are written by every user, viewers included.
 *
 * @param name the longest name of a deck or a slide, in characters
 * @param caption the longest caption of a slide
 * @param view the longest encoded view of a slide
 * @param slides the most slides in one deck
 * @param decks the most decks one user may own
 * @param positions the most node positions one slide may keep
 */
@ConfigurationProperties("samverkanskartan.decks")
record DeckLimits(int name, int caption, int view, int slides, int decks, int positions) {
}
