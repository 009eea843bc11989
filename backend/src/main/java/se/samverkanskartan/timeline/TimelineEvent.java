package se.samverkanskartan.timeline;

import java.time.LocalDate;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.Precision;

/** A date at which something begins, ends, is decided, changes status or is renamed. */
public record TimelineEvent(LocalDate date, Precision precision, Type eventType, GraphNode node, String description) {

	/** What happens at the date; the schema's {@code TimelineEventType} has these values, in this order. */
	public enum Type {

		BEGINS, ENDS, STATUS, FORECAST, RENAMED, DECIDED, PROPOSED, EVENT

	}

}
