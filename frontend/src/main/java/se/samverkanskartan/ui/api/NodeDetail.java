package se.samverkanskartan.ui.api;

import java.util.List;

/** What the side panel shows about one node; {@code version} goes back with a change, {@code unsourced} is marked. */
public record NodeDetail(String id, String kind, String name, List<String> aliases, String description,
		String provenance, String reason, Period validity, List<Evidence> evidence, List<Relation> relations,
		int version, boolean internal, boolean unsourced, List<Status> statuses) {

	public NodeDetail {
		statuses = statuses == null ? List.of() : List.copyOf(statuses);
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
		relations = relations == null ? List.of() : List.copyOf(relations);
	}

	/**
	 * What a report said of an assignment: a {@code REPORTED} state from {@code date}, or a {@code FORECAST} for
	 * {@code date}, in the report of {@code reportedOn}, with its quote.
	 */
	public record Status(String kind, String date, String reportedOn, String status, String note, String reason,
			List<Evidence> evidence) {

		public Status {
			evidence = evidence == null ? List.of() : List.copyOf(evidence);
		}

		public boolean forecast() {
			return "FORECAST".equals(kind);
		}
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
