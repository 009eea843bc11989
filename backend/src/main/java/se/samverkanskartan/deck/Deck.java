package se.samverkanskartan.deck;

import java.util.List;

/**
 * A deck of slides as its caller sees it.
 *
 * @param mine whether the caller owns it (and may change it)
 */
record Deck(String id, String name, String owner, boolean shared, long version, boolean mine, List<Slide> slides) {

	Deck {
		slides = List.copyOf(slides);
	}

}
