package se.samverkanskartan.ui.present;

import java.time.LocalDate;

import se.samverkanskartan.ui.state.ViewState;

/**
 * A named view to show again: its filters, date, layout, node positions and focus, the date of its data, and a
 * caption for the audience.
 *
 * @param dataAsOf the date of the data when it was saved: shown again as of that day unless {@code live}
 * @param live whether it shows the data of the day it is shown instead
 */
public record SavedView(String name, String caption, ViewState state, LocalDate dataAsOf, boolean live) {

	/** The view as it is to be shown: frozen at the date of its data, or live with the state as saved. */
	public ViewState shown() {
		if (live || dataAsOf == null) {
			return state;
		}
		return new ViewState(dataAsOf, state.compareFrom(), state.filter(), state.layout(), state.grouped(),
				state.focus(), state.depth(), state.positions());
	}

	public boolean hasCaption() {
		return caption != null && !caption.isBlank();
	}
}
