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

	/**
	 * One change to a node or a relationship: for a relationship its type and the names of its ends, for a changed
	 * value the field ({@code status}, {@code name}) and the values before and after; the API's Swedish
	 * {@code description} is kept for what the UI has no words for.
	 */
	public record Change(String id, String elementType, String relationType, String source, String target,
			String sourceName, String targetName, String field, String before, String after, LocalDate date,
			String description, NodeRef node) {

		public boolean relation() {
			return "RELATION".equals(elementType);
		}
	}
}
