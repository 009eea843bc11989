package se.samverkanskartan.ui.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The missing agreements on one date, stated and derived kept apart, and how many cooperations lacking one involve
 * each region (the API counts a flow and the assignments it runs via once, as it groups them).
 */
public record GapReport(LocalDate asOf, List<Gap> stated, List<Gap> derived, List<RegionCount> perRegion) {

	public GapReport {
		stated = stated == null ? List.of() : List.copyOf(stated);
		derived = derived == null ? List.of() : List.copyOf(derived);
		perRegion = perRegion == null ? List.of() : List.copyOf(perRegion);
	}

	public GapReport(LocalDate asOf, List<Gap> stated, List<Gap> derived) {
		this(asOf, stated, derived, List.of());
	}

	public static GapReport empty(LocalDate asOf) {
		return new GapReport(asOf, List.of(), List.of());
	}

	/**
	 * One cooperation without a binding agreement, with the reason in Swedish. {@code describes} names the gap this one
	 * is listed under (the flow's, for an assignment it runs via); {@code describedBy} are the gaps listed under it.
	 */
	public record Gap(String id, String gapKind, String reason, Cooperation cooperation, List<NodeRef> organisations,
			NodeRef missingAgreement, List<Evidence> evidence, String describes, List<Gap> describedBy) {

		public Gap {
			organisations = organisations == null ? List.of() : List.copyOf(organisations);
			evidence = evidence == null ? List.of() : List.copyOf(evidence);
			describedBy = describedBy == null ? List.of() : List.copyOf(describedBy);
		}

		public Gap(String id, String gapKind, String reason, Cooperation cooperation, List<NodeRef> organisations,
				NodeRef missingAgreement, List<Evidence> evidence) {
			this(id, gapKind, reason, cooperation, organisations, missingAgreement, evidence, null, List.of());
		}
	}

	/** The flow, assignment or group that lacks an agreement. */
	public record Cooperation(String id, String kind, String name) {
	}

	/** How many cooperations lacking an agreement, stated and derived, involve one region. */
	public record RegionCount(NodeRef region, int stated, int derived) {
	}
}
