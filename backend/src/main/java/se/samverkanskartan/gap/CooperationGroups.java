package se.samverkanskartan.gap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkanskartan.graph.GraphNode;

/**
 * Groups the gaps of one kind by cooperation: a flow and the assignments it runs via ({@code VIA}) describe the same
 * cooperation, so the flow's gap leads and the assignments' gaps name it in {@code describes}. An assignment that two
 * flows run via is listed under the first; a gap that leads others is never listed under another.
 */
final class CooperationGroups {

	private CooperationGroups() {
	}

	/** The gaps in their order, grouped; {@code via} holds, by cooperation id, the ids of what it runs via. */
	static List<AgreementGap> of(List<AgreementGap> gaps, Map<String, List<String>> via) {
		Map<String, AgreementGap> byCooperation = new LinkedHashMap<>();
		gaps.forEach(g -> byCooperation.putIfAbsent(g.cooperation().id(), g));
		Map<String, String> leaderOf = new LinkedHashMap<>();
		Set<String> leaders = new HashSet<>();
		for (AgreementGap gap : byCooperation.values()) {
			for (String id : via.getOrDefault(gap.cooperation().id(), List.of())) {
				AgreementGap other = byCooperation.get(id);
				boolean leadsNone = via.getOrDefault(id, List.of()).stream().noneMatch(byCooperation::containsKey);
				if (other != null && other != gap && leadsNone && !leaderOf.containsKey(id)
						&& !leaderOf.containsKey(gap.cooperation().id())) {
					leaderOf.put(id, gap.id());
					leaders.add(gap.id());
				}
			}
		}
		Map<String, List<AgreementGap>> members = new LinkedHashMap<>();
		List<AgreementGap> grouped = new ArrayList<>();
		for (AgreementGap gap : byCooperation.values()) {
			String leader = leaderOf.get(gap.cooperation().id());
			AgreementGap member = leader == null ? gap : gap.describing(leader);
			if (leader != null) {
				members.computeIfAbsent(leader, l -> new ArrayList<>()).add(member);
			}
			grouped.add(member);
		}
		return grouped.stream().map(g -> leaders.contains(g.id()) ? g.describedBy(members.get(g.id())) : g).toList();
	}

	/** The organisations of a gap and of the gaps that describe its cooperation, each once. */
	static List<GraphNode> organisations(AgreementGap gap) {
		Map<String, GraphNode> all = new LinkedHashMap<>();
		gap.organisations().forEach(o -> all.putIfAbsent(o.id(), o));
		gap.describedBy().forEach(d -> d.organisations().forEach(o -> all.putIfAbsent(o.id(), o)));
		return List.copyOf(all.values());
	}
}
