package se.samverkanskartan.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.network.Network.NetworkEdge;
import se.samverkanskartan.network.Network.NetworkNode;

/** Where the overview counts a process node: on the node it belongs to, along the cheapest way of belonging. */
class FoldingTest {

	@Test
	void anAssignmentIsCountedOnItsGroupAndThroughItsNamndOnTheNamndsRegion() {
		List<NetworkNode> nodes = List.of(node("region-orebro", "REGION"), node("group-dp24", "GROUP"),
				node("hospital-sus", "HOSPITAL"), node("namnd", "BODY"), node("dp24", "ASSIGNMENT"),
				node("uppdrag-7", "ASSIGNMENT"), node("beslut", "DECISION"), node("unit", "UNIT"),
				node("gynekologi", "CARE_AREA"));
		List<NetworkEdge> edges = List.of(edge("dp24", "ASSIGNED_TO", "group-dp24"),
				// A target is a way across, not where the assignment belongs.
				edge("dp24", "TARGETS", "hospital-sus"), edge("namnd", "BELONGS_TO", "region-orebro"),
				edge("uppdrag-7", "ASSIGNED_TO", "namnd"), edge("beslut", "DECIDED_BY", "namnd"),
				edge("beslut", "DECIDES", "dp24"), edge("unit", "PART_OF", "hospital-sus"),
				edge("group-dp24", "CONCERNS", "gynekologi"), edge("dp24", "CONCERNS", "gynekologi"));

		Map<String, String> owners = owners(Folding.fold(nodes, edges));

		assertThat(owners).containsEntry("dp24", "group-dp24").containsEntry("namnd", "region-orebro")
			.containsEntry("uppdrag-7", "region-orebro").containsEntry("beslut", "region-orebro")
			.containsEntry("unit", "hospital-sus").containsEntry("gynekologi", "group-dp24");
		assertThat(owners).containsEntry("region-orebro", "-").containsEntry("group-dp24", "-")
			.containsEntry("hospital-sus", "-");
	}

	@Test
	void aRegionWhoseOnlyRelationsAreItsMembershipAndSharedAgreementsIsCountedOnItsHealthcareRegion() {
		List<NetworkNode> nodes = List.of(node("norra", "HEALTHCARE_REGION"), node("region-norrbotten", "REGION"),
				node("region-orebro", "REGION"), node("mellansverige", "HEALTHCARE_REGION"), node("riksavtal", "AGREEMENT"),
				node("usö", "HOSPITAL"));
		List<NetworkEdge> edges = List.of(edge("region-norrbotten", "MEMBER_OF", "norra"),
				edge("region-norrbotten", "PARTY_TO", "riksavtal"), edge("region-orebro", "MEMBER_OF", "mellansverige"),
				edge("region-orebro", "PARTY_TO", "riksavtal"), edge("region-orebro", "OPERATES", "usö"));

		Map<String, String> owners = owners(Folding.fold(nodes, edges));

		assertThat(owners).containsEntry("region-norrbotten", "norra").containsEntry("region-orebro", "-")
			.containsEntry("riksavtal", "-");
	}

	@Test
	void aQuietRegionWhoseHealthcareRegionIsNotInTheNetworkIsCountedOnItsAgreementNotOnAnotherParty() {
		List<NetworkNode> nodes = List.of(node("region-skane", "REGION"), node("region-orebro", "REGION"),
				node("riksavtal", "AGREEMENT"), node("sus", "HOSPITAL"));
		List<NetworkEdge> edges = List.of(edge("region-skane", "PARTY_TO", "riksavtal"),
				edge("region-orebro", "PARTY_TO", "riksavtal"), edge("region-skane", "OPERATES", "sus"));

		Map<String, String> owners = owners(Folding.fold(nodes, edges));

		assertThat(owners).containsEntry("region-orebro", "riksavtal").containsEntry("region-skane", "-");
	}

	@Test
	void aCareAreaThatOnlyAFlowConcernsIsCountedWhereTheFlowRunsNotOnTheFlow() {
		List<NetworkNode> nodes = List.of(node("flow", "FLOW"), node("hospital-sus", "HOSPITAL"),
				node("ortopedi", "CARE_AREA"));
		List<NetworkEdge> edges = List.of(edge("flow", "BETWEEN", "hospital-sus"), edge("flow", "CONCERNS", "ortopedi"));

		Map<String, String> owners = owners(Folding.fold(nodes, edges));

		assertThat(owners).containsEntry("ortopedi", "hospital-sus").containsEntry("flow", "-");
	}

	@Test
	void aProcessNodeThatReachesNoOverviewNodeIsDrawnItself() {
		Map<String, String> owners = owners(Folding.fold(List.of(node("beslut", "DECISION"), node("namnd", "BODY")),
				List.of(edge("beslut", "DECIDED_BY", "namnd"))));

		assertThat(owners).containsEntry("beslut", "-").containsEntry("namnd", "-");
	}

	private static Map<String, String> owners(List<NetworkNode> nodes) {
		return nodes.stream().collect(Collectors.toMap(NetworkNode::id, n -> n.foldsInto() == null ? "-" : n.foldsInto()));
	}

	private static NetworkNode node(String id, String kind) {
		return new NetworkNode(id, kind, id, null, "STATED", null, List.of(), List.of(), null, null, null, null, false,
				null, null);
	}

	private static NetworkEdge edge(String source, String type, String target) {
		return new NetworkEdge(source + "--" + type + "--" + target, type, source, target, "STATED", null, null, false);
	}

}
