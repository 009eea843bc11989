package se.samverkanskartan.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.gap.GapMarks;
import se.samverkanskartan.network.Network.NetworkEdge;
import se.samverkanskartan.network.Network.NetworkNode;

class NetworkStylerTest {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

	@Test
	void anEdgeWhoseEndIsNotAmongTheNodesIsDroppedNotAFailure() {
		Network network = new Network(DAY, List.of(node("region-a", "REGION"), node("hospital-a", "HOSPITAL")),
				List.of(edge("region-a--OPERATES--hospital-a", "OPERATES", "region-a", "hospital-a"),
						edge("region-gone--OPERATES--hospital-a", "OPERATES", "region-gone", "hospital-a"),
						edge("hospital-a--PARTICIPATES_IN--group-new", "PARTICIPATES_IN", "hospital-a", "group-new"),
						edge("region-a--MEMBER_OF--hr-gone", "MEMBER_OF", "region-a", "hr-gone")));

		Network styled = NetworkStyler.style(network, Set.of(), new GapMarks(Map.of(), Set.of()));

		assertThat(styled.edges()).extracting(NetworkEdge::id).containsExactly("region-a--OPERATES--hospital-a");
		assertThat(styled.nodes()).filteredOn(n -> n.id().equals("hospital-a")).singleElement()
			.satisfies(hospital -> {
				assertThat(hospital.parent()).isEqualTo("region-a");
				assertThat(hospital.regions()).containsExactly("region-a");
			});
		assertThat(styled.nodes()).filteredOn(n -> n.id().equals("region-a")).singleElement()
			.satisfies(region -> assertThat(region.parent()).isNull());
	}

	private static NetworkNode node(String id, String kind) {
		return new NetworkNode(id, kind, id, null, "STATED", null, List.of(), List.of(), null, null, null, null, false, null, null);
	}

	private static NetworkEdge edge(String id, String type, String source, String target) {
		return new NetworkEdge(id, type, source, target, "STATED", null, null, false);
	}

}
