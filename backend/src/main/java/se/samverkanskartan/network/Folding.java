package se.samverkanskartan.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.network.Network.NetworkEdge;
import se.samverkanskartan.network.Network.NetworkNode;

/**
 * Which overview node each process node of a network is counted on, when a map opens on the overview of the
 * cooperation: organisations, groups, flows and agreements drawn, and assignments, decisions, programmes, bodies,
 * care areas, events, barriers, units, facilities and municipalities folded into counts ("12 uppdrag") on the node
 * they belong to. A node belongs where its shortest path of belonging leads: an assignment to the group it is
 * assigned to, or through the nämnd it is assigned to, to that nämnd's region; a unit to its hospital. A region
 * whose only relations are its membership and agreements shared with other regions is counted on its healthcare
 * region: the overview shows the regions that cooperate, not every region of the country.
 * Computed over the network returned, so its cost grows with what the map draws.
 */
final class Folding {

	/**
	 * The drawn kinds that counts are shown on: organisations and groups. A flow or an agreement is a way through (a
	 * care area that only a flow concerns is counted where the flow's places are), so that the map carries a count per
	 * organisation or group rather than one beside every flow.
	 */
	static final Set<NodeKind> OWNERS = EnumSet.of(NodeKind.HEALTHCARE_REGION, NodeKind.REGION, NodeKind.HOSPITAL,
			NodeKind.PRIVATE_PROVIDER, NodeKind.GROUP);

	/**
	 * The relationship types that say the source belongs under the target (a unit PART_OF its hospital) or the target
	 * under the source (a hospital that a region OPERATES), and how strongly: a step of belonging costs its weight, a
	 * step against it, or over any other type, costs {@link #ACROSS}.
	 */
	private static final Map<RelationType, Double> SOURCE_BELONGS = Map.of(RelationType.PART_OF, 1.0,
			RelationType.BELONGS_TO, 1.0, RelationType.ASSIGNED_TO, 1.0, RelationType.DECIDED_BY, 1.0,
			RelationType.HELD_BY, 1.0, RelationType.HINDERS, 1.0, RelationType.MEMBER_OF, 1.0, RelationType.DECIDES, 2.0,
			RelationType.ABOUT, 2.0, RelationType.HELD_AT, 2.0);

	private static final Map<RelationType, Double> TARGET_BELONGS = Map.of(RelationType.OPERATES, 1.0,
			RelationType.LEADS, 1.0, RelationType.CONCERNS, 2.0);

	private static final double ACROSS = 3.0;

	/**
	 * The relations a region has with every region of its healthcare region or of the country (membership, a party to
	 * an agreement): a region with no other relation in the network has no cooperation of its own to show, and is
	 * counted on its healthcare region.
	 */
	private static final Set<RelationType> SHARED_BY_ALL = EnumSet.of(RelationType.MEMBER_OF, RelationType.PARTY_TO);

	private Folding() {
	}

	/** The network as it is answered, with {@code foldsInto} set; see {@link #fold(List, List)}. */
	static Network fold(Network network) {
		return new Network(network.asOf(), fold(network.nodes(), network.edges()), network.edges());
	}

	/** The nodes with {@code foldsInto} set on each folded node that reaches an overview node; the rest unchanged. */
	static List<NetworkNode> fold(List<NetworkNode> nodes, List<NetworkEdge> edges) {
		Map<String, NetworkNode> byId = new HashMap<>();
		nodes.forEach(n -> byId.put(n.id(), n));
		Map<String, String> quiet = quietRegions(nodes, edges, byId);
		// Per node, the neighbours that can step to it and what that step costs them: the source of a PART_OF is
		// counted where its target is at the cost of belonging, the target where its source is at the cost of crossing.
		Map<String, List<Step>> into = new HashMap<>();
		for (NetworkEdge edge : edges) {
			RelationType type = RelationType.valueOf(edge.type());
			into.computeIfAbsent(edge.target(), k -> new ArrayList<>())
				.add(new Step(edge.source(), SOURCE_BELONGS.getOrDefault(type, ACROSS)));
			into.computeIfAbsent(edge.source(), k -> new ArrayList<>())
				.add(new Step(edge.target(), TARGET_BELONGS.getOrDefault(type, ACROSS)));
		}
		Map<String, Reach> best = new HashMap<>();
		PriorityQueue<Reach> queue = new PriorityQueue<>(Reach.ORDER);
		for (NetworkNode node : nodes) {
			if (drawn(node, quiet.keySet()) && OWNERS.contains(NodeKind.valueOf(node.kind()))) {
				Reach start = new Reach(node.id(), node.id(), 0);
				best.put(node.id(), start);
				queue.add(start);
			}
		}
		// Dijkstra from every overview node at once: each folded node takes the owner of its cheapest way out.
		while (!queue.isEmpty()) {
			Reach at = queue.poll();
			if (best.get(at.node()) != at) {
				continue;
			}
			for (Step step : into.getOrDefault(at.node(), List.of())) {
				NetworkNode folded = byId.get(step.from());
				// A quiet region is counted on its healthcare region only (below), never reached through an agreement.
				if (folded == null || quiet.containsKey(folded.id())
						|| drawn(folded, quiet.keySet()) && OWNERS.contains(NodeKind.valueOf(folded.kind()))) {
					continue;
				}
				Reach candidate = new Reach(step.from(), at.owner(), at.cost() + step.cost());
				Reach known = best.get(step.from());
				if (known == null || Reach.ORDER.compare(candidate, known) < 0) {
					best.put(step.from(), candidate);
					queue.add(candidate);
				}
			}
		}
		return nodes.stream().map(node -> {
			if (quiet.containsKey(node.id())) {
				return node.foldedInto(quiet.get(node.id()));
			}
			Reach reach = best.get(node.id());
			return drawn(node, quiet.keySet()) || reach == null ? node : node.foldedInto(reach.owner());
		}).toList();
	}

	private static boolean drawn(NetworkNode node, Set<String> quiet) {
		return NodeKind.valueOf(node.kind()).overviewRank().isPresent() && !quiet.contains(node.id());
	}

	/**
	 * The regions with no relation in the network but those {@link #SHARED_BY_ALL} regions have, each with the node it
	 * is counted on: its healthcare region, or an agreement it is a party to; a region with neither is drawn.
	 */
	private static Map<String, String> quietRegions(List<NetworkNode> nodes, List<NetworkEdge> edges,
			Map<String, NetworkNode> byId) {
		Set<String> quiet = new java.util.HashSet<>();
		nodes.stream().filter(n -> NodeKind.REGION.name().equals(n.kind())).forEach(n -> quiet.add(n.id()));
		Map<String, String> member = new HashMap<>();
		Map<String, String> party = new HashMap<>();
		for (NetworkEdge edge : edges) {
			RelationType type = RelationType.valueOf(edge.type());
			if (!SHARED_BY_ALL.contains(type)) {
				quiet.remove(edge.source());
				quiet.remove(edge.target());
			}
			else if (type == RelationType.MEMBER_OF && byId.containsKey(edge.target())) {
				member.putIfAbsent(edge.source(), edge.target());
			}
			else if (type == RelationType.PARTY_TO && byId.containsKey(edge.target())) {
				party.merge(edge.source(), edge.target(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
			}
		}
		// On its healthcare region; where that is not in the answer (a map of one region), on the agreement it is a
		// party to, as "18 regioner" on Riksavtalet.
		Map<String, String> counted = new java.util.TreeMap<>();
		quiet.forEach(region -> {
			String home = member.getOrDefault(region, party.get(region));
			if (home != null) {
				counted.put(region, home);
			}
		});
		return counted;
	}

	/** A step {@code from} a node to the one it is listed under, at what it costs {@code from}. */
	private record Step(String from, double cost) {
	}

	/** A node reached from an overview node ({@code owner}) at a cost; ties go to the owner first by id. */
	private record Reach(String node, String owner, double cost) {

		static final Comparator<Reach> ORDER = Comparator.comparingDouble(Reach::cost).thenComparing(Reach::owner)
			.thenComparing(Reach::node);
	}

}
