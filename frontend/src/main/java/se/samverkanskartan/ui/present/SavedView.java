package se.samverkanskartan.ui.present;

import java.time.LocalDate;

import se.samverkanskartan.ui.state.ViewState;

/** A named view to show again: its filters, date, layout, node positions and focus, and the date of its data. */
public record SavedView(String name, ViewState state, LocalDate dataAsOf) {
}
