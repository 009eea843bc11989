package se.samverkanskartan.timeline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.graph.InvalidArgumentException;

/** Time: the dates the data knows, and what changed between two of them. */
@Controller
class TimelineController {

	private final TimelineReader timeline;

	private final ChangeReader changes;

	TimelineController(TimelineReader timeline, ChangeReader changes) {
		this.timeline = timeline;
		this.changes = changes;
	}

	@QueryMapping
	List<TimelineEvent> timeline() {
		return this.timeline.events();
	}

	@QueryMapping
	ChangeSet changes(@Argument LocalDate from, @Argument LocalDate to) {
		if (from.isAfter(to)) {
			throw new InvalidArgumentException("from", "must not be after 'to' (" + from + " is after " + to + ")");
		}
		return this.changes.compare(from, to);
	}

}
