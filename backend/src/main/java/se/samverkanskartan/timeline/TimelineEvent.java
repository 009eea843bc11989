package se.samverkanskartan.timeline;

import java.time.LocalDate;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.Precision;

/** A date at which something begins, ends, is decided, changes status or is renamed. */
public record TimelineEvent(LocalDate date, Precision precision, String eventType, GraphNode node, String description) {
}
