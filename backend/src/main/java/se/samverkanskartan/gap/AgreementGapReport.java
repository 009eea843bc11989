package se.samverkanskartan.gap;

import java.time.LocalDate;
import java.util.List;

import se.samverkanskartan.graph.GraphNode;

/** The missing agreements on one date, stated and derived kept apart, and how many involve each region. */
public record AgreementGapReport(LocalDate asOf, List<AgreementGap> stated, List<AgreementGap> derived,
		List<RegionGapCount> perRegion) {

	/** How many gaps involve one region. */
	public record RegionGapCount(GraphNode region, int stated, int derived) {
	}

}
