package se.samverkanskartan.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkanskartan.gap.AgreementGap.GapKind;
import se.samverkanskartan.gap.GapMarks;
import se.samverkanskartan.network.Network.NetworkEdge;
import se.samverkanskartan.network.Network.NetworkNode;

/**
 * Adds what a map needs to style a network: the compound parent of each node (hospital in region, region in
 * healthcare region), the regions and care areas it involves, and the agreement gaps marked on nodes and edges.
 * An edge joins two drawn nodes: one whose end is not among the nodes (left out, or changed while they were read)
 * is dropped, since a map cannot draw it.
 */
final class NetworkStyler {

	/** Edge types that tie a cooperation to the organisations taking part: drawn as gaps when it lacks an agreement. */
	private static final Set<String> PARTICIPATION = Set.of("FROM", "TO", "BETWEEN", "PARTICIPATES_IN", "TARGETS", "ASSIGNED_TO",
			"GOVERNS");

	/** Kinds that take part in cooperation and belong to regions of their own. */
	private static final Set<String> ORGANISATION = Set.of("HEALTHCARE_REGION", "REGION", "HOSPITAL", "PRIVATE_PROVIDER",
			"MUNICIPALITY", "UNIT", "BODY");

	private NetworkStyler() {
	}

	static Network style(Network network, Set<String> partialEdges, GapMarks gaps) {
		Map<String, NetworkNode> byId = new HashMap<>();
		network.nodes().forEach(n -> byId.put(n.id(), n));
		List<NetworkEdge> joined = network.edges().stream()
			.filter(e -> byId.containsKey(e.source()) && byId.containsKey(e.target()))
			.toList();
		Map<String, String> parents = new HashMap<>();
		Map<String, Set<String>> regions = new HashMap<>();
		Map<String, Set<String>> careAreas = new HashMap<>();
		for (NetworkEdge edge : joined) {
			String sourceKind = byId.get(edge.source()).kind();
			String targetKind = byId.get(edge.target()).kind();
			switch (edge.type()) {
				case "OPERATES" -> {
					parents.putIfAbsent(edge.target(), edge.source());
					add(regions, edge.target(), edge.source(), "REGION".equals(sourceKind));
				}
				case "MEMBER_OF" -> {
					if (!partialEdges.contains(edge.id())) {
						parents.putIfAbsent(edge.source(), edge.target());
					}
					// A healthcare region involves its member regions, as the gap analysis counts it.
					add(regions, edge.target(), edge.source(), "REGION".equals(sourceKind));
				}
				case "PART_OF", "BELONGS_TO" -> add(regions, edge.source(), edge.target(), "REGION".equals(targetKind));
				case "CONCERNS" -> add(careAreas, edge.source(), edge.target(), true);
				default -> {
				}
			}
		}
		byId.values().stream().filter(n -> "REGION".equals(n.kind())).forEach(n -> add(regions, n.id(), n.id(), true));
		// A cooperation involves the regions of the organisations taking part in it; the organisations keep their
		// own. Read from what belongs where, not from what was added meanwhile, so that the order of the edges does
		// not matter and a region does not come to involve its partners.
		// Copied as lists: Set.copyOf iterates in an order that changes from one start of the JVM to the next, and with
		// it the order of a cooperation's regions.
		Map<String, List<String>> belonging = new HashMap<>();
		regions.forEach((id, of) -> belonging.put(id, List.copyOf(of)));
		for (NetworkEdge edge : joined) {
			if (PARTICIPATION.contains(edge.type())) {
				boolean sourceTakesPart = ORGANISATION.contains(byId.get(edge.source()).kind());
				boolean targetTakesPart = ORGANISATION.contains(byId.get(edge.target()).kind());
				if (targetTakesPart && !sourceTakesPart) {
					belonging.getOrDefault(edge.target(), List.of()).forEach(r -> add(regions, edge.source(), r, true));
				}
				if (sourceTakesPart && !targetTakesPart) {
					belonging.getOrDefault(edge.source(), List.of()).forEach(r -> add(regions, edge.target(), r, true));
				}
			}
		}
		Map<String, String> gapOf = new HashMap<>();
		gaps.kinds().forEach((cooperation, kind) -> gapOf.put(cooperation, kind.name()));
		List<NetworkNode> nodes = new ArrayList<>();
		for (NetworkNode node : network.nodes()) {
			String parent = parents.get(node.id());
			nodes.add(node.withStyle(parent != null && byId.containsKey(parent) ? parent : null, node.agreementStatus(),
					List.copyOf(careAreas.getOrDefault(node.id(), Set.of())),
					List.copyOf(regions.getOrDefault(node.id(), Set.of()))).withGap(gapOf.get(node.id())));
		}
		Set<String> missingAgreements = gaps.missingAgreements();
		List<NetworkEdge> edges = joined.stream().map(edge -> {
			String gap = PARTICIPATION.contains(edge.type())
					? gapOf.getOrDefault(edge.source(), gapOf.get(edge.target())) : null;
			if (gap == null && "GOVERNS".equals(edge.type()) && missingAgreements.contains(edge.source())) {
				gap = GapKind.STATED.name();
			}
			return gap == null ? edge : edge.withGap(gap);
		}).toList();
		return new Network(network.asOf(), Centroids.place(nodes, joined), edges);
	}

	private static void add(Map<String, Set<String>> map, String key, String value, boolean when) {
		if (when) {
			map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
		}
	}

}
