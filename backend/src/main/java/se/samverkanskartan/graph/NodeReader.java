package se.samverkanskartan.graph;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.Relation.Direction;

/**
 * The reads every feature shares. Each method answers for many nodes in one Cypher query, so nested GraphQL
 * fields cost one round trip per level, however many rows there are.
 */
@Component
public class NodeReader {

	/** The Cypher condition "valid on $asOf" for a node or relationship bound to {@code x}. */
	public static String validOn(String x) {
		return validOn(x, "asOf");
	}

	/** The Cypher condition "valid on the date in parameter {@code parameter}" for {@code x}. */
	public static String validOn(String x, String parameter) {
		return "(%1$s.validFrom IS NULL OR %1$s.validFrom <= $%2$s) AND (%1$s.validTo IS NULL OR %1$s.validTo >= $%2$s)"
			.formatted(x, parameter);
	}

	private static final List<String> RELATION_TYPES = Arrays.stream(RelationType.values()).map(Enum::name).toList();

	private final Neo4jClient client;

	private final Clock clock;

	public NodeReader(Neo4jClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	public Map<String, GraphNode> byIds(Collection<String> ids) {
		Map<String, GraphNode> nodes = new HashMap<>();
		this.client.query("MATCH (n:Entity) WHERE n.id IN $ids AND " + Visibility.node("n") + " RETURN n {.*} AS node")
			.bind(List.copyOf(ids)).to("ids")
			.bind(Visibility.seeInternal()).to(Visibility.PARAMETER)
			.fetch().all()
			.forEach(row -> {
				GraphNode node = node(row.get("node"));
				nodes.put(node.id(), node);
			});
		return nodes;
	}

	public @Nullable GraphNode byId(String id) {
		return byIds(List.of(id)).get(id);
	}

	/** Nodes of the given kinds valid on a date, ordered by name, with an offset window. */
	public List<GraphNode> list(String match, Map<String, Object> parameters, long offset, int limit) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("offset", offset);
		all.put("limit", limit);
		all.put(Visibility.PARAMETER, Visibility.seeInternal());
		return this.client.query(match + " WITH DISTINCT n WHERE " + Visibility.node("n")
				+ " RETURN n {.*} AS node ORDER BY node.name, node.id SKIP $offset LIMIT $limit")
			.bindAll(all)
			.fetch().all().stream()
			.map(row -> node(row.get("node")))
			.toList();
	}

	/** Every relationship of each node, both directions, in one query. */
	public Map<String, List<Relation>> relationsOf(Collection<String> ids) {
		Map<String, List<Relation>> relations = new LinkedHashMap<>();
		ids.forEach(id -> relations.put(id, new ArrayList<>()));
		this.client.query("""
				MATCH (n:Entity)-[r]-(m:Entity)
				WHERE n.id IN $ids AND type(r) IN $types AND %s AND %s
				RETURN n.id AS owner, type(r) AS type, startNode(r) = n AS outgoing, m.id AS other, properties(r) AS props
				ORDER BY type, m.name""".formatted(Visibility.node("m"), Visibility.relation("r")))
			.bind(List.copyOf(ids)).to("ids")
			.bind(RELATION_TYPES).to("types")
			.bind(Visibility.seeInternal()).to(Visibility.PARAMETER)
			.fetch().all()
			.forEach(row -> relations.get((String) row.get("owner")).add(relation(row)));
		return relations;
	}

	/**
	 * For each node, the neighbours over one relationship type and direction, in one query; {@code kinds}
	 * narrows the neighbours when not empty.
	 */
	public Map<String, List<GraphNode>> neighbours(Collection<String> ids, RelationType type, Direction direction,
			Set<NodeKind> kinds) {
		String pattern = direction == Direction.OUTGOING ? "(n:Entity)-[r:%s]->(m:Entity)" : "(n:Entity)<-[r:%s]-(m:Entity)";
		Map<String, List<GraphNode>> neighbours = new LinkedHashMap<>();
		ids.forEach(id -> neighbours.put(id, new ArrayList<>()));
		this.client.query("MATCH " + pattern.formatted(type.name()) + """
				 WHERE n.id IN $ids AND (size($kinds) = 0 OR m.kind IN $kinds) AND %s AND %s
				RETURN n.id AS owner, m {.*} AS node ORDER BY m.name""".formatted(Visibility.node("m"), Visibility.relation("r")))
			.bind(List.copyOf(ids)).to("ids")
			.bind(Visibility.seeInternal()).to(Visibility.PARAMETER)
			.bind(kinds.stream().map(Enum::name).toList()).to("kinds")
			.fetch().all()
			.forEach(row -> neighbours.get((String) row.get("owner")).add(node(row.get("node"))));
		return neighbours;
	}

	/** {@link #neighbours} keyed by the nodes themselves, as a {@code @BatchMapping} returns them. */
	public Map<GraphNode, List<GraphNode>> neighboursOf(List<GraphNode> nodes, RelationType type, Direction direction,
			NodeKind... kinds) {
		Map<String, List<GraphNode>> byId = neighbours(nodes.stream().map(GraphNode::id).toList(), type, direction,
				kinds.length == 0 ? Set.of() : Set.of(kinds));
		Map<GraphNode, List<GraphNode>> result = new HashMap<>();
		nodes.forEach(node -> result.put(node, byId.getOrDefault(node.id(), List.of())));
		return result;
	}

	/** Today by the application's clock. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The date a query answers for: the one asked, or today. */
	public LocalDate asOf(@Nullable LocalDate asked) {
		return asked == null ? today() : asked;
	}

	/** Query parameters with {@code asOf} (today when null) and pairs of names and values, which may be null. */
	public Map<String, Object> parameters(@Nullable LocalDate asOf, @Nullable Object... pairs) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("asOf", asOf(asOf));
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			parameters.put(String.valueOf(pairs[i]), pairs[i + 1]);
		}
		return parameters;
	}

	@SuppressWarnings("unchecked")
	public static GraphNode node(Object projection) {
		return GraphNode.fromProperties((Map<String, Object>) projection);
	}

	@SuppressWarnings("unchecked")
	private static Relation relation(Map<String, Object> row) {
		Map<String, Object> props = (Map<String, Object>) row.get("props");
		boolean outgoing = (Boolean) row.get("outgoing");
		return new Relation((String) props.get("id"), RelationType.valueOf((String) row.get("type")),
				outgoing ? Direction.OUTGOING : Direction.INCOMING, (String) row.get("owner"), (String) row.get("other"),
				Provenance.valueOf((String) props.getOrDefault("provenance", "STATED")), Validity.fromProperties(props),
				(String) props.get("effect"), (Boolean) props.get("partial"), (String) props.get("role"),
				(List<String>) props.getOrDefault("claimIds", List.of()),
				((Number) props.getOrDefault("version", 0L)).longValue(), Boolean.TRUE.equals(props.get("internal")),
				Boolean.TRUE.equals(props.get("unsourced")));
	}

}
