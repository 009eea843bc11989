package se.samverkanskartan.ui.api;

import java.util.List;

/** What the side panel shows about one node; {@code version} goes back with a change, {@code unsourced} is marked. */
public record NodeDetail(String id, String kind, String name, List<String> aliases, String description,
		String provenance, String reason, Period validity, List<Evidence> evidence, List<Relation> relations,
		int version, boolean internal, boolean unsourced) {

	public NodeDetail {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
		relations = relations == null ? List.of() : List.copyOf(relations);
	}

	/** The validity as written in the data, e.g. {@code 2024-01 –}. */
	public record Period(String label) {
	}

	/**
	 * A relationship seen from this node, with the node at the other end and the evidence for it; {@code reason}
	 * says why an inferred one follows from the sources.
	 */
	public record Relation(String id, String type, String direction, String provenance, String reason, String effect,
			Boolean partial, String role, Period validity, NodeRef other, List<Evidence> evidence, int version,
			boolean internal, boolean unsourced) {

		public Relation {
			evidence = evidence == null ? List.of() : List.copyOf(evidence);
		}
	}
}
