package se.samverkanskartan.graph;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A relationship seen from one of its ends. The other end is referenced by id and resolved in batches.
 */
public record Relation(String id, RelationType type, Direction direction, String ownerId, String otherId,
		Provenance provenance, Validity validity, @Nullable String effect, @Nullable Boolean partial,
		@Nullable String role, List<String> claimIds) {

	/** The direction of a relationship seen from a node. */
	public enum Direction {

		OUTGOING, INCOMING

	}

}
