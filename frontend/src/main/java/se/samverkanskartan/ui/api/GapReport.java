package se.samverkanskartan.ui.api;

import java.time.LocalDate;
import java.util.List;

/** The missing agreements on one date, stated and derived kept apart, as the gap view lists them. */
public record GapReport(LocalDate asOf, List<Gap> stated, List<Gap> derived, List<RegionCount> perRegion) {

	public GapReport {
		stated = stated == null ? List.of() : List.copyOf(stated);
		derived = derived == null ? List.of() : List.copyOf(derived);
		perRegion = perRegion == null ? List.of() : List.copyOf(perRegion);
	}

	public static GapReport empty(LocalDate asOf) {
		return new GapReport(asOf, List.of(), List.of(), List.of());
	}

	/** One cooperation without a binding agreement, with the reason in Swedish. */
	public record Gap(String id, String gapKind, String reason, NodeRef cooperation, List<NodeRef> organisations,
			NodeRef missingAgreement, List<Evidence> evidence) {

		public Gap {
			organisations = organisations == null ? List.of() : List.copyOf(organisations);
			evidence = evidence == null ? List.of() : List.copyOf(evidence);
		}
	}

	/** How many gaps involve one region. */
	public record RegionCount(NodeRef region, int stated, int derived) {
	}
}
