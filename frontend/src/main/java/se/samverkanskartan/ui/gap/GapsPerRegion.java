package se.samverkanskartan.ui.gap;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverkanskartan.ui.api.NodeRef;

/**
 * How many of the listed cooperations lacking an agreement involve one region: counted from the list as the panel
 * shows it, so that a flow and the assignment it runs via count once, as they are listed once.
 */
record GapsPerRegion(NodeRef region, int stated, int derived) {

	/** The API keeps stated and derived gaps apart; each list counts in its own column. */
	static List<GapsPerRegion> of(List<CooperationGap> stated, List<CooperationGap> derived) {
		Map<String, NodeRef> regions = new LinkedHashMap<>();
		Map<String, int[]> counts = new LinkedHashMap<>();
		List<List<CooperationGap>> columns = List.of(stated, derived);
		for (int column = 0; column < columns.size(); column++) {
			int at = column;
			for (CooperationGap gap : columns.get(column)) {
				gap.organisations().stream().filter(o -> "REGION".equals(o.kind())).forEach(region -> {
					regions.putIfAbsent(region.id(), region);
					counts.computeIfAbsent(region.id(), id -> new int[2])[at]++;
				});
			}
		}
		return counts.entrySet().stream()
			.map(e -> new GapsPerRegion(regions.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
			.sorted(Comparator.comparingInt((GapsPerRegion c) -> -(c.stated() + c.derived()))
				.thenComparing(c -> c.region().name()))
			.toList();
	}
}
