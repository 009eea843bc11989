package se.samverkanskartan.network;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.LatestStatus;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.graph.Visibility;
import se.samverkanskartan.network.Network.NetworkEdge;
import se.samverkanskartan.network.Network.NetworkNode;

/**
 * Reads what a map draws, shaped for drawing: a few fields per node and edge, valid on a date, optionally only
 * among some ids. Documents are sources, not part of the network.
 */
@Component
class NetworkReader {

	/**
	 * Nodes and the edges among them in one query, so that both come from the same moment: an edge can only join two
	 * of the nodes read, whatever is changed meanwhile.
	 */
	private static final String NETWORK = """
			MATCH (n:Entity) WHERE n.kind <> 'DOCUMENT' AND %s AND %s
			WITH n ORDER BY n.kind, n.name
			WITH collect(n) AS drawn
			CALL (drawn) {
			  UNWIND drawn AS a
			  MATCH (a)-[r]->(b:Entity) WHERE type(r) IN $types AND %s AND %s
			    // b is drawn exactly when it passes the nodes' own filter: checked on b, in constant time, rather
			    // than by searching the list of drawn nodes for every edge.
			    AND b.kind <> 'DOCUMENT' AND %s AND %s AND %s
			  WITH a, r, b ORDER BY r.id
			  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, provenance: r.provenance,
			                  effect: r.effect, partial: coalesce(r.partial, false),
			                  unsourced: coalesce(r.unsourced, false)}) AS edges
			}
			RETURN [n IN drawn | {id: n.id, kind: n.kind, label: n.name, provenance: n.provenance,
			        latitude: n.latitude, longitude: n.longitude,
			        detail: coalesce(n.groupKind, n.agreementKind, n.subject, n.bodyKind, n.assignmentKind, n.facilityKind),
			        status: CASE WHEN n:Agreement THEN n.status END,
			        assignmentStatus: CASE WHEN n:Assignment THEN %s END,
			        unsourced: coalesce(n.unsourced, false)}] AS nodes,
			       edges""";

	/**
	 * The whole network, or only the nodes among {@code $ids}: two texts rather than {@code $ids IS NULL OR}, which
	 * would keep the planner from seeking the ids in their index and make it scan every node.
	 */
	private static String network(boolean among) {
		return NETWORK.formatted(among ? "n.id IN $ids AND " + NodeReader.validOn("n") : NodeReader.validOn("n"),
				Visibility.node("n"), NodeReader.validOn("r"), Visibility.relation("r"), among ? "b.id IN $ids" : "true",
				NodeReader.validOn("b"), Visibility.node("b"), LatestStatus.observation("n"));
	}

	static final String ALL = network(false);

	static final String AMONG = network(true);

	private static final List<String> TYPES = Arrays.stream(RelationType.values()).map(Enum::name).toList();

	/** The raw material of a network: nodes, edges and which MEMBER_OF edges are partial. */
	record Raw(List<NetworkNode> nodes, List<NetworkEdge> edges, Set<String> partialEdges) {
	}

	private final Neo4jClient client;

	NetworkReader(Neo4jClient client) {
		this.client = client;
	}

	Raw read(LocalDate asOf, @Nullable Set<String> ids) {
		List<String> restriction = ids == null ? null : List.copyOf(ids);
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("asOf", asOf);
		parameters.put("ids", restriction);
		parameters.put("types", TYPES);
		parameters.put(Visibility.PARAMETER, Visibility.seeInternal());
		Map<String, Object> row = this.client.query(ids == null ? ALL : AMONG).bindAll(parameters).fetch().one().orElseThrow();
		List<NetworkNode> nodes = rows(row.get("nodes")).stream()
			.map(node -> new NetworkNode((String) node.get("id"), (String) node.get("kind"), (String) node.get("label"),
					null, (String) node.get("provenance"), (String) node.get("status"), List.of(), List.of(),
					(Double) node.get("latitude"), (Double) node.get("longitude"), (String) node.get("detail"),
					status(node.get("assignmentStatus")), (Boolean) node.get("unsourced"), null, null))
			.toList();
		Set<String> partial = new java.util.HashSet<>();
		List<NetworkEdge> edges = rows(row.get("edges")).stream()
			.map(edge -> {
				if (Boolean.TRUE.equals(edge.get("partial"))) {
					partial.add((String) edge.get("id"));
				}
				return new NetworkEdge((String) edge.get("id"), (String) edge.get("type"), (String) edge.get("source"),
						(String) edge.get("target"), edge.get("provenance") == null ? "STATED" : (String) edge.get("provenance"),
						(String) edge.get("effect"), null, (Boolean) edge.get("unsourced"));
			})
			.toList();
		return new Raw(nodes, edges, partial);
	}

	@SuppressWarnings("unchecked")
	private static Network.@Nullable StatusOnDate status(@Nullable Object observation) {
		if (!(observation instanceof Map<?, ?> map)) {
			return null;
		}
		return new Network.StatusOnDate((String) map.get("status"), (String) map.get("kind"), (LocalDate) map.get("date"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(Object list) {
		return (List<Map<String, Object>>) list;
	}

	/**
	 * The ids within {@code depth} steps of a node, over relationships valid on the date: one query per step, so
	 * the cost grows with what is reached, not with the number of paths to it.
	 */
	Set<String> around(String id, int depth, LocalDate asOf) {
		Set<String> reached = new java.util.LinkedHashSet<>(
				this.client.query("MATCH (s:Entity {id: $id}) WHERE " + Visibility.node("s") + " RETURN s.id").bind(id).to("id")
					.bind(Visibility.seeInternal()).to(Visibility.PARAMETER).fetchAs(String.class).all());
		Set<String> frontier = Set.copyOf(reached);
		for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
			Set<String> next = new java.util.HashSet<>(this.client.query("""
					MATCH (n:Entity)-[r]-(m:Entity)
					WHERE n.id IN $frontier AND type(r) IN $types AND m.kind <> 'DOCUMENT' AND %s AND %s AND %s AND %s
					RETURN DISTINCT m.id""".formatted(NodeReader.validOn("r"), NodeReader.validOn("m"), Visibility.relation("r"),
					Visibility.node("m")))
				.bind(List.copyOf(frontier)).to("frontier").bind(asOf).to("asOf").bind(TYPES).to("types")
				.bind(Visibility.seeInternal()).to(Visibility.PARAMETER)
				.fetchAs(String.class).all());
			next.removeAll(reached);
			reached.addAll(next);
			frontier = next;
		}
		return reached;
	}

}
