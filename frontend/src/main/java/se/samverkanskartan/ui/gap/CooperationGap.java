package se.samverkanskartan.ui.gap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import se.samverkanskartan.ui.api.Evidence;
import se.samverkanskartan.ui.api.GapReport;
import se.samverkanskartan.ui.api.NodeRef;

/**
 * One cooperation that lacks an agreement, listed once: the API reports a gap for a flow and another for each
 * assignment the flow runs via ({@code VIA}), though they describe the same cooperation. The flow's gap leads; the
 * assignments' gaps add their parties and quotes.
 *
 * @param gap the leading gap (the flow's, or an assignment's that no flow runs via)
 * @param describedBy the gaps of the assignments the flow runs via
 */
record CooperationGap(GapReport.Gap gap, List<GapReport.Gap> describedBy) {

	/** Groups one kind of gaps (stated or derived), in the API's order. */
	static List<CooperationGap> of(List<GapReport.Gap> gaps) {
		Map<String, GapReport.Gap> byCooperation = new LinkedHashMap<>();
		gaps.forEach(g -> byCooperation.putIfAbsent(g.cooperation().id(), g));
		Map<String, List<GapReport.Gap>> members = new LinkedHashMap<>();
		Set<String> claimed = new HashSet<>();
		for (GapReport.Gap gap : gaps) {
			List<GapReport.Gap> via = new ArrayList<>();
			for (String id : gap.cooperation().via()) {
				GapReport.Gap other = byCooperation.get(id);
				// A gap that leads others is not led itself; an assignment two flows run via is listed with the first.
				if (other != null && other != gap && other.cooperation().via().stream().noneMatch(byCooperation::containsKey)
						&& claimed.add(id)) {
					via.add(other);
				}
			}
			members.put(gap.cooperation().id(), via);
		}
		return byCooperation.values().stream().filter(g -> !claimed.contains(g.cooperation().id()))
			.map(g -> new CooperationGap(g, members.getOrDefault(g.cooperation().id(), List.of()))).toList();
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
