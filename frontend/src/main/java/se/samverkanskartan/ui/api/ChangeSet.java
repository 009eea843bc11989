package se.samverkanskartan.ui.api;

import java.time.LocalDate;
import java.util.List;

/** What was added, removed or changed between two dates. */
public record ChangeSet(LocalDate from, LocalDate to, List<Change> added, List<Change> removed,
		List<Change> changed) {

	public ChangeSet {
		added = added == null ? List.of() : List.copyOf(added);
		removed = removed == null ? List.of() : List.copyOf(removed);
		changed = changed == null ? List.of() : List.copyOf(changed);
	}

	/** One change to a node or a relationship, described in Swedish. */
	public record Change(String id, String elementType, String relationType, String source, String target,
			LocalDate date, String description, NodeRef node) {
	}
}
