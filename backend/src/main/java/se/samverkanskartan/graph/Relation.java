package se.samverkanskartan.graph;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A relationship seen from one of its ends. The other end is referenced by id and resolved in batches. The
 * {@code version} counts edits (optimistic locking); {@code unsourced} marks a fact entered without evidence;
 * {@code reason} says why an inferred relationship follows from the sources.
 */
public record Relation(String id, RelationType type, Direction direction, String ownerId, String otherId,
		Provenance provenance, @Nullable String reason, Validity validity, @Nullable String effect, @Nullable Boolean partial,
		@Nullable String role, List<String> claimIds, long version, boolean internal, boolean unsourced) {

	/** The direction of a relationship seen from a node. */
	public enum Direction {

		OUTGOING, INCOMING

	}

}
