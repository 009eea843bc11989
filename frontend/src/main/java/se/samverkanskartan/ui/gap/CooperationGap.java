package se.samverkanskartan.ui.gap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import se.samverkanskartan.ui.api.Evidence;
import se.samverkanskartan.ui.api.GapReport;
import se.samverkanskartan.ui.api.NodeRef;

/**
 * One cooperation that lacks an agreement, listed once: the API lists a gap for a flow and another for each
 * assignment it runs via, and says which describes which ({@code describes}, {@code describedBy}). The leading gap
 * is shown with the parties and quotes of all of them.
 *
 * @param gap the leading gap (the flow's, or one that describes no other)
 * @param describedBy the gaps of the assignments the flow runs via
 */
record CooperationGap(GapReport.Gap gap, List<GapReport.Gap> describedBy) {

	/** The cooperations of one kind of gaps (stated or derived), in the API's order. */
	static List<CooperationGap> of(List<GapReport.Gap> gaps) {
		return gaps.stream().filter(g -> g.describes() == null).map(g -> new CooperationGap(g, g.describedBy()))
			.toList();
	}

	/** The parties of all its gaps, each once. */
	List<NodeRef> organisations() {
		Map<String, NodeRef> all = new LinkedHashMap<>();
		all().flatMap(g -> g.organisations().stream()).forEach(o -> all.putIfAbsent(o.id(), o));
		return List.copyOf(all.values());
	}

	/** The quotes of all its gaps, each once. */
	List<Evidence> evidence() {
		return all().flatMap(g -> g.evidence().stream()).distinct().toList();
	}

	/** The agreements its gaps say are missing, each once. */
	List<NodeRef> missingAgreements() {
		Map<String, NodeRef> all = new LinkedHashMap<>();
		all().map(GapReport.Gap::missingAgreement).filter(a -> a != null).forEach(a -> all.putIfAbsent(a.id(), a));
		return List.copyOf(all.values());
	}

	private Stream<GapReport.Gap> all() {
		return Stream.concat(Stream.of(gap), describedBy.stream());
	}
}
