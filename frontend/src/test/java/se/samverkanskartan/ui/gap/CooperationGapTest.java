package se.samverkanskartan.ui.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.ui.api.GapReport;
import se.samverkanskartan.ui.api.NodeRef;

class CooperationGapTest {

	private static final NodeRef SKANE = new NodeRef("region-skane", "REGION", "Region Skåne");
	private static final NodeRef BLEKINGE = new NodeRef("region-blekinge", "REGION", "Region Blekinge");

	@Test
	void aFlowAndTheAssignmentItRunsViaAreOneCooperation() {
		GapReport.Gap assignment = gap("assignment-24", "ASSIGNMENT", List.of(), SKANE);
		GapReport.Gap flow = gap("flow-24", "FLOW", List.of("assignment-24"), BLEKINGE);
		GapReport.Gap other = gap("assignment-28", "ASSIGNMENT", List.of(), SKANE);

		List<CooperationGap> listed = CooperationGap.of(List.of(assignment, flow, other));

		assertThat(listed).extracting(g -> g.gap().cooperation().id()).containsExactly("flow-24", "assignment-28");
		assertThat(listed.getFirst().describedBy()).containsExactly(assignment);
		assertThat(listed.getFirst().organisations()).containsExactly(BLEKINGE, SKANE);
	}

	@Test
	void anAssignmentTwoFlowsRunViaIsListedWithTheFirstOnly() {
		GapReport.Gap shared = gap("assignment-9", "ASSIGNMENT", List.of(), SKANE);
		GapReport.Gap first = gap("flow-a", "FLOW", List.of("assignment-9"), SKANE);
		GapReport.Gap second = gap("flow-b", "FLOW", List.of("assignment-9"), SKANE);

		List<CooperationGap> listed = CooperationGap.of(List.of(first, second, shared));

		assertThat(listed).extracting(g -> g.gap().cooperation().id()).containsExactly("flow-a", "flow-b");
		assertThat(listed.get(1).describedBy()).isEmpty();
	}

	private static GapReport.Gap gap(String id, String kind, List<String> via, NodeRef party) {
		List<GapReport.Via> relations = via.stream().map(v -> new GapReport.Via(new NodeRef(v, null, null))).toList();
		return new GapReport.Gap("gap-stated-" + id, "STATED", "saknas",
				new GapReport.Cooperation(id, kind, id, relations), List.of(party), null, List.of());
	}
}
