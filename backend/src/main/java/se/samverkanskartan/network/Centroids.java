package se.samverkanskartan.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.samverkanskartan.network.Network.NetworkEdge;
import se.samverkanskartan.network.Network.NetworkNode;

/**
 * Places regions and healthcare regions on a geographic map where the data gives them no coordinates: a region at
 * the centre of the hospitals it runs, a healthcare region at the centre of its member regions.
 */
final class Centroids {

	private Centroids() {
	}

	static List<NetworkNode> place(List<NetworkNode> nodes, List<NetworkEdge> edges) {
		Map<String, NetworkNode> byId = new HashMap<>();
		nodes.forEach(n -> byId.put(n.id(), n));
		placeAll(byId, edges, "REGION", "OPERATES", true);
		placeAll(byId, edges, "HEALTHCARE_REGION", "MEMBER_OF", false);
		List<NetworkNode> placed = new ArrayList<>();
		nodes.forEach(n -> placed.add(byId.get(n.id())));
		return placed;
	}

	/** Gives each node of the kind without coordinates the mean position of its neighbours over the edge type. */
	private static void placeAll(Map<String, NetworkNode> byId, List<NetworkEdge> edges, String kind, String type,
			boolean outgoing) {
		Map<String, double[]> sums = new HashMap<>();
		for (NetworkEdge edge : edges) {
			if (!edge.type().equals(type)) {
				continue;
			}
			NetworkNode owner = byId.get(outgoing ? edge.source() : edge.target());
			NetworkNode other = byId.get(outgoing ? edge.target() : edge.source());
			if (owner != null && other != null && owner.kind().equals(kind) && owner.latitude() == null
					&& other.latitude() != null && other.longitude() != null) {
				double[] sum = sums.computeIfAbsent(owner.id(), id -> new double[3]);
				sum[0] += other.latitude();
				sum[1] += other.longitude();
				sum[2]++;
			}
		}
		sums.forEach((id, sum) -> byId.put(id, byId.get(id).at(sum[0] / sum[2], sum[1] / sum[2])));
	}

}
