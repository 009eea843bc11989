package se.samverkanskartan.network;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

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

	private static final String NODES = """
			MATCH (n:Entity) WHERE n.kind <> 'DOCUMENT' AND ($ids IS NULL OR n.id IN $ids) AND %s AND %s
			RETURN n.id AS id, n.kind AS kind, n.name AS label, n.provenance AS provenance,
			       n.latitude AS latitude, n.longitude AS longitude,
			       coalesce(n.groupKind, n.agreementKind, n.subject, n.bodyKind, n.assignmentKind, n.facilityKind) AS detail,
			       CASE WHEN n:Agreement THEN n.status END AS status, coalesce(n.unsourced, false) AS unsourced
			ORDER BY n.kind, n.name""".formatted(NodeReader.validOn("n"), Visibility.node("n"));

	private static final String EDGES = """
			MATCH (a:Entity)-[r]->(b:Entity)
			WHERE type(r) IN $types AND a.kind <> 'DOCUMENT' AND b.kind <> 'DOCUMENT'
			  AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
			  AND %s AND %s AND %s AND %s AND %s AND %s
			RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.provenance AS provenance,
			       r.effect AS effect, coalesce(r.partial, false) AS partial, coalesce(r.unsourced, false) AS unsourced
			ORDER BY r.id""".formatted(NodeReader.validOn("r"), NodeReader.validOn("a"), NodeReader.validOn("b"),
			Visibility.relation("r"), Visibility.node("a"), Visibility.node("b"));

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
		List<NetworkNode> nodes = this.client.query(NODES).bindAll(parameters).fetch().all().stream()
			.map(row -> new NetworkNode((String) row.get("id"), (String) row.get("kind"), (String) row.get("label"), null,
					(String) row.get("provenance"), (String) row.get("status"), List.of(), List.of(),
					(Double) row.get("latitude"), (Double) row.get("longitude"), (String) row.get("detail"),
					(Boolean) row.get("unsourced"), null))
			.toList();
		Set<String> partial = new java.util.HashSet<>();
		List<NetworkEdge> edges = this.client.query(EDGES).bindAll(parameters).fetch().all().stream()
			.map(row -> {
				if (Boolean.TRUE.equals(row.get("partial"))) {
					partial.add((String) row.get("id"));
				}
				return new NetworkEdge((String) row.get("id"), (String) row.get("type"), (String) row.get("source"),
						(String) row.get("target"), String.valueOf(row.getOrDefault("provenance", "STATED")),
						(String) row.get("effect"), null, (Boolean) row.get("unsourced"));
			})
			.toList();
		return new Raw(nodes, edges, partial);
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
