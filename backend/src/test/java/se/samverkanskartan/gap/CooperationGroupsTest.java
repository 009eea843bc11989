package se.samverkanskartan.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.gap.AgreementGap.GapKind;
import se.samverkanskartan.graph.GraphNode;

/** A flow and the assignments it runs via are one cooperation: listed once, counted once. */
class CooperationGroupsTest {

	private static final GraphNode SKANE = node("region-skane", "REGION");

	private static final GraphNode BLEKINGE = node("region-blekinge", "REGION");

	@Test
	void aFlowLeadsTheGapsOfTheAssignmentsItRunsVia() {
		AgreementGap assignment = gap("assignment-24", "ASSIGNMENT", SKANE);
		AgreementGap flow = gap("flow-24", "FLOW", BLEKINGE);
		AgreementGap other = gap("assignment-28", "ASSIGNMENT", SKANE);

		List<AgreementGap> grouped = CooperationGroups.of(List.of(assignment, flow, other),
				Map.of("flow-24", List.of("assignment-24")));

		assertThat(grouped).extracting(AgreementGap::id).containsExactly("gap-assignment-24", "gap-flow-24",
				"gap-assignment-28");
		assertThat(grouped).filteredOn(g -> g.describes() == null).extracting(AgreementGap::id)
			.containsExactly("gap-flow-24", "gap-assignment-28");
		assertThat(grouped.getFirst().describes()).isEqualTo("gap-flow-24");
		assertThat(grouped.get(1).describedBy()).extracting(AgreementGap::id).containsExactly("gap-assignment-24");
		assertThat(CooperationGroups.organisations(grouped.get(1))).extracting(GraphNode::id)
			.containsExactly("region-blekinge", "region-skane");
	}

	@Test
	void anAssignmentTwoFlowsRunViaIsListedUnderTheFirstOnly() {
		AgreementGap shared = gap("assignment-9", "ASSIGNMENT", SKANE);
		AgreementGap first = gap("flow-a", "FLOW", SKANE);
		AgreementGap second = gap("flow-b", "FLOW", SKANE);

		List<AgreementGap> grouped = CooperationGroups.of(List.of(first, second, shared),
				Map.of("flow-a", List.of("assignment-9"), "flow-b", List.of("assignment-9")));

		assertThat(grouped).filteredOn(g -> g.describes() == null).extracting(AgreementGap::id)
			.containsExactly("gap-flow-a", "gap-flow-b");
		assertThat(grouped.get(1).describedBy()).isEmpty();
		assertThat(grouped.get(2).describes()).isEqualTo("gap-flow-a");
	}

	@Test
	void aFlowWhoseAssignmentHasNoGapOfItsKindStandsAlone() {
		AgreementGap flow = gap("flow-24", "FLOW", SKANE);

		List<AgreementGap> grouped = CooperationGroups.of(List.of(flow), Map.of("flow-24", List.of("assignment-24")));

		assertThat(grouped).singleElement().satisfies(g -> {
			assertThat(g.describes()).isNull();
			assertThat(g.describedBy()).isEmpty();
		});
	}

	private static AgreementGap gap(String id, String kind, GraphNode party) {
		return new AgreementGap("gap-" + id, GapKind.STATED, node(id, kind), List.of(party), null, "saknas");
	}

	private static GraphNode node(String id, String kind) {
		return GraphNode.fromProperties(Map.of("id", id, "kind", kind, "name", id, "provenance", "STATED"));
	}
}
