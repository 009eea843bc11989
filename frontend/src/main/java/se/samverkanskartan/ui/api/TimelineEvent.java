package se.samverkanskartan.ui.api;

import java.time.LocalDate;

/** A date at which something in the graph begins, ends or changes: a stop of the time slider. */
public record TimelineEvent(LocalDate date, String precision, String eventType, String description, NodeRef node) {
}
