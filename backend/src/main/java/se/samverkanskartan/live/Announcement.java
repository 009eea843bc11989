package se.samverkanskartan.live;

import java.util.Collections;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.graph.NodeKind;

/**
 * A committed change as {@code graphChanged} announces it: its audit entry, and what the kind and region filters
 * need to know of it, as {@link ScopeRecorder} kept it on the entry (null when not read, or not recorded).
 */
record Announcement(AuditEntry entry, @Nullable Set<NodeKind> endKinds, @Nullable Set<String> regions) {

	/** Whether the change passes a subscriber's filters; an empty set filters nothing. */
	boolean matches(Set<NodeKind> kinds, Set<String> inRegions) {
		boolean kind = kinds.isEmpty() || (this.entry.kind() != null ? kinds.contains(this.entry.kind())
				: this.endKinds != null && !Collections.disjoint(this.endKinds, kinds));
		return kind && (inRegions.isEmpty() || this.regions != null && !Collections.disjoint(this.regions, inRegions));
	}

}
