package se.samverkanskartan.ui.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the map draws: the {@code Network} type of the API. */
public record MapNetwork(LocalDate asOf, List<Node> nodes, List<Edge> edges) {

	public MapNetwork {
		nodes = nodes == null ? List.of() : List.copyOf(nodes);
		edges = edges == null ? List.of() : List.copyOf(edges);
	}

	public static MapNetwork empty(LocalDate asOf) {
		return new MapNetwork(asOf, List.of(), List.of());
	}

	/**
	 * A node as drawn: {@code NetworkNode}. {@code agreementStatus} is an agreement's own status; {@code gap} is set
	 * on a cooperation that lacks an agreement (the schema's {@code GapKind}).
	 */
	public record Node(String id, String kind, String label, String parent, String provenance, String agreementStatus,
			String gap, List<String> careAreas, List<String> regions, Double latitude, Double longitude, String detail,
			Status status, boolean unsourced, String foldsInto) {

		public Node {
			careAreas = careAreas == null ? List.of() : List.copyOf(careAreas);
			regions = regions == null ? List.of() : List.copyOf(regions);
		}
	}

	/**
	 * An assignment's status on the network's date ({@code NetworkStatus}): a {@code REPORTED} state, or a
	 * {@code FORECAST} for {@code date} that is shown as one.
	 */
	public record Status(String status, String kind, String date) {

		public boolean forecast() {
			return "FORECAST".equals(kind);
		}
	}

	/**
	 * An edge as drawn: {@code NetworkEdge}; {@code gap} is STATED or DERIVED when the edge shows a gap;
	 * {@code directed} is false for an edge that states no direction, drawn without an arrow.
	 */
	public record Edge(String id, String type, String source, String target, String provenance, String effect,
			Boolean directed, String gap, boolean unsourced) {

		/** Whether the edge says which way it goes; an answer without the field is taken as directed. */
		public boolean pointsOneWay() {
			return !Boolean.FALSE.equals(directed);
		}
	}

	/**
	 * Both networks in one, this one's elements first. Compare mode draws the union of two dates so that the layout
	 * stays put and removed elements can be shown where they were.
	 */
	public MapNetwork union(MapNetwork other) {
		Map<String, Node> allNodes = new LinkedHashMap<>();
		nodes.forEach(n -> allNodes.put(n.id(), n));
		other.nodes().forEach(n -> allNodes.putIfAbsent(n.id(), n));
		Map<String, Edge> allEdges = new LinkedHashMap<>();
		edges.forEach(e -> allEdges.put(e.id(), e));
		other.edges().forEach(e -> allEdges.putIfAbsent(e.id(), e));
		return new MapNetwork(asOf, new ArrayList<>(allNodes.values()), new ArrayList<>(allEdges.values()));
	}

	/** The ids of the cooperation nodes that lack an agreement, which the map rings. */
	public java.util.Set<String> lackingAgreement() {
		java.util.Set<String> ids = new java.util.HashSet<>();
		nodes.stream().filter(n -> n.gap() != null).forEach(n -> ids.add(n.id()));
		return ids;
	}

	/** The ids of the nodes and edges entered without evidence, which the map marks as such. */
	public java.util.Set<String> unsourced() {
		java.util.Set<String> ids = new java.util.HashSet<>();
		nodes.stream().filter(Node::unsourced).forEach(n -> ids.add(n.id()));
		edges.stream().filter(Edge::unsourced).forEach(e -> ids.add(e.id()));
		return ids;
	}

	public Node node(String id) {
		return nodes.stream().filter(n -> Objects.equals(n.id(), id)).findFirst().orElse(null);
	}
}
