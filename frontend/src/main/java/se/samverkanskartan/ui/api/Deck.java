package se.samverkanskartan.ui.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A deck of saved views as the API answers it ({@code decks.graphqls}).
 *
 * @param mine whether the signed-in user owns it and may change it
 */
public record Deck(String id, String name, String owner, boolean shared, int version, boolean mine,
		List<Slide> slides) {

	public Deck {
		slides = slides == null ? List.of() : List.copyOf(slides);
	}

	/**
	 * One saved view.
	 *
	 * @param view the view as the URL encodes it, without {@code ?}
	 * @param dataAsOf the date of its data when it was saved
	 * @param live whether it shows the data of the day it is presented instead
	 */
	public record Slide(String id, String name, String caption, String view, LocalDate dataAsOf, boolean live,
			List<Position> positions) {

		public Slide {
			positions = positions == null ? List.of() : List.copyOf(positions);
		}

	}

	/** Where a node was drawn. */
	public record Position(String id, double x, double y) {
	}

}
