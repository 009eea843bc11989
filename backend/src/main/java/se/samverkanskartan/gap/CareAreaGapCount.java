package se.samverkanskartan.gap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.gap.AgreementGap.GapKind;
import se.samverkanskartan.graph.GraphNode;

/** How many gaps concern one care area, through the care areas their cooperation concerns; null for none. */
record CareAreaGapCount(@Nullable GraphNode careArea, int stated, int derived) {

	/** The counts for the gaps of a report, given the care areas of each cooperation by its id; most gaps first. */
	static List<CareAreaGapCount> of(AgreementGapReport report, Map<String, List<GraphNode>> careAreas) {
		Map<Optional<String>, @Nullable GraphNode> areas = new LinkedHashMap<>();
		Map<Optional<String>, int[]> counts = new LinkedHashMap<>();
		List<AgreementGap> all = new ArrayList<>(report.stated());
		all.addAll(report.derived());
		for (AgreementGap gap : all) {
			List<GraphNode> concerned = careAreas.getOrDefault(gap.cooperation().id(), List.of());
			List<@Nullable GraphNode> keys = concerned.isEmpty() ? Collections.singletonList(null)
					: List.copyOf(concerned);
			for (GraphNode area : keys) {
				Optional<String> key = Optional.ofNullable(area).map(GraphNode::id);
				areas.putIfAbsent(key, area);
				counts.computeIfAbsent(key, id -> new int[2])[gap.gapKind() == GapKind.STATED ? 0 : 1]++;
			}
		}
		return counts.entrySet().stream()
			.map(e -> new CareAreaGapCount(areas.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
			.sorted(Comparator.comparing((CareAreaGapCount c) -> -(c.stated() + c.derived()))
				.thenComparing(c -> c.careArea() == null ? "\uffff" : c.careArea().name()))
			.toList();
	}

}
