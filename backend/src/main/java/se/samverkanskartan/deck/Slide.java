package se.samverkanskartan.deck;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One saved view in a deck.
 *
 * @param view the view as the UI encodes it in its URL, e.g. {@code kind=HOSPITAL&layout=geographic}
 * @param dataAsOf the date of the data when the view was saved; shown again unless {@code live}
 * @param live whether the slide shows the data of the day it is presented instead
 * @param positions where the nodes were drawn, when the view was saved with them
 */
record Slide(String id, String name, @Nullable String caption, String view, LocalDate dataAsOf, boolean live,
		List<NodePosition> positions) {

	Slide {
		positions = List.copyOf(positions);
	}

	/** Where one node was drawn. */
	record NodePosition(String id, double x, double y) {
	}

}
