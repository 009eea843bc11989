package se.samverkanskartan.graph;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderEnvironment;
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

	/**
	 * A page of the nodes bound to {@code n} by {@code match}, in {@code order}: after the cursor's row when paging
	 * forward, before it (read in reverse order) when paging backward. One more row than the page is read, to know
	 * whether more follow; the rows' sort values come with them for their cursors.
	 */
	public Page<GraphNode> page(String match, Map<String, Object> parameters, PageRequest request, Order order) {
		Map<String, Object> all = new HashMap<>(parameters);
		String after = order.startingAfter(request.from(), request.forward(), request.forward() ? "after" : "before", all);
		all.put("limit", request.size() + 1);
		all.put(Visibility.PARAMETER, Visibility.seeInternal());
		Map<GraphNode, Cursor> cursors = new IdentityHashMap<>();
		List<GraphNode> rows = this.client.query(match + " WITH DISTINCT n WHERE " + Visibility.node("n") + " AND " + after
				+ " RETURN n {.*} AS node, " + order.keysExpression() + " AS keys ORDER BY " + order.orderBy(request.forward())
				+ " LIMIT $limit")
			.bindAll(all)
			.fetch().all().stream()
			.map(row -> {
				GraphNode node = node(row.get("node"));
				@SuppressWarnings("unchecked")
				List<@Nullable Object> keys = (List<@Nullable Object>) row.get("keys");
				cursors.put(node, order.cursor(keys));
				return node;
			})
			.toList();
		return Page.of(rows, request, cursors::get, () -> count(match, parameters), new Selection(match, parameters));
	}

	/** Nodes of the given kinds, ordered by name: a short list without paging (healthcare regions, regions). */
	public List<GraphNode> list(String match, Map<String, Object> parameters, int limit) {
		return page(match, parameters, new PageRequest(limit, true, null), Order.byName()).items();
	}

	/** How many nodes {@code match} binds to {@code n} that the caller may see: a connection's {@code totalCount}. */
	public long count(String match, Map<String, Object> parameters) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put(Visibility.PARAMETER, Visibility.seeInternal());
		return this.client.query(match + " WITH DISTINCT n WHERE " + Visibility.node("n") + " RETURN count(n) AS total")
			.bindAll(all)
			.fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * How many of the selected nodes fall under each key that {@code keys}, a Cypher list expression on {@code n},
	 * gives: a node with two keys counts under both, one with none under null. Largest counts first.
	 */
	public Map<@Nullable Object, Long> countBy(Selection selection, String keys) {
		Map<String, Object> all = new HashMap<>(selection.parameters());
		all.put(Visibility.PARAMETER, Visibility.seeInternal());
		Map<@Nullable Object, Long> counts = new LinkedHashMap<>();
		this.client.query(selection.match() + " WITH DISTINCT n WHERE " + Visibility.node("n") + " WITH n, " + keys
				+ " AS keys UNWIND CASE WHEN size(keys) = 0 THEN [null] ELSE keys END AS key"
				+ " RETURN key, count(n) AS count ORDER BY count DESC, key")
			.bindAll(all)
			.fetch().all()
			.forEach(row -> counts.put(row.get("key"), ((Number) row.get("count")).longValue()));
		return counts;
	}

	/** The Cypher condition "valid on $asOf, unless $asOf is null" for {@code x}: nested fields without a day. */
	private static String validOnIfDated(String x) {
		return "($asOf IS NULL OR " + validOn(x) + ")";
	}

	/** A node's id with the day its field answers for ({@link AsOf}): the key of the {@code relationsOf} loader. */
	public record OnDay(String id, @Nullable LocalDate asOf) {

		public static OnDay of(GraphNode node, DataFetchingEnvironment environment) {
			return new OnDay(node.id(), AsOf.of(environment));
		}

	}

	/** Every relationship of each node, both directions, in one query. */
	public Map<String, List<Relation>> relationsOf(Collection<String> ids) {
		return relationsOf(ids, null);
	}

	/** {@link #relationsOf(Collection, LocalDate)} for nodes each on its own day, in one query per day. */
	public Map<OnDay, List<Relation>> relationsOn(Collection<OnDay> keys) {
		Map<OnDay, List<Relation>> result = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(key -> Optional.ofNullable(key.asOf()))).forEach((day, batch) -> {
			Map<String, List<Relation>> byId = relationsOf(batch.stream().map(OnDay::id).toList(), day.orElse(null));
			batch.forEach(key -> result.put(key, byId.getOrDefault(key.id(), List.of())));
		});
		return result;
	}

	/**
	 * Every relationship of each node, both directions, in one query; with a day, those valid that day and leading
	 * to a node valid that day.
	 */
	public Map<String, List<Relation>> relationsOf(Collection<String> ids, @Nullable LocalDate asOf) {
		Map<String, List<Relation>> relations = new LinkedHashMap<>();
		ids.forEach(id -> relations.put(id, new ArrayList<>()));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("types", RELATION_TYPES);
		parameters.put("asOf", asOf);
		parameters.put(Visibility.PARAMETER, Visibility.seeInternal());
		this.client.query("""
				MATCH (n:Entity)-[r]-(m:Entity)
				WHERE n.id IN $ids AND type(r) IN $types AND %s AND %s AND %s AND %s
				RETURN n.id AS owner, type(r) AS type, startNode(r) = n AS outgoing, m.id AS other, properties(r) AS props
				ORDER BY type, m.name""".formatted(Visibility.node("m"), Visibility.relation("r"), validOnIfDated("r"),
				validOnIfDated("m")))
			.bindAll(parameters)
			.fetch().all()
			.forEach(row -> relations.get((String) row.get("owner")).add(relation(row)));
		return relations;
	}

	/**
	 * For each node, the neighbours over one relationship type and direction, in one query; {@code kinds}
	 * narrows the neighbours when not empty, and a day those that, with the relationship, are valid that day.
	 */
	public Map<String, List<GraphNode>> neighbours(Collection<String> ids, RelationType type, Direction direction,
			Set<NodeKind> kinds, @Nullable LocalDate asOf) {
		String pattern = direction == Direction.OUTGOING ? "(n:Entity)-[r:%s]->(m:Entity)" : "(n:Entity)<-[r:%s]-(m:Entity)";
		Map<String, List<GraphNode>> neighbours = new LinkedHashMap<>();
		ids.forEach(id -> neighbours.put(id, new ArrayList<>()));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("kinds", kinds.stream().map(Enum::name).toList());
		parameters.put("asOf", asOf);
		parameters.put(Visibility.PARAMETER, Visibility.seeInternal());
		this.client.query("MATCH " + pattern.formatted(type.name()) + """
				 WHERE n.id IN $ids AND (size($kinds) = 0 OR m.kind IN $kinds) AND %s AND %s AND %s AND %s
				RETURN n.id AS owner, m {.*} AS node ORDER BY m.name""".formatted(Visibility.node("m"), Visibility.relation("r"),
				validOnIfDated("r"), validOnIfDated("m")))
			.bindAll(parameters)
			.fetch().all()
			.forEach(row -> neighbours.get((String) row.get("owner")).add(node(row.get("node"))));
		return neighbours;
	}

	/**
	 * {@link #neighbours} keyed by the nodes themselves, as a {@code @BatchMapping} returns them, each on the day
	 * its field answers for ({@link AsOf}, the key's context). The batch's cache is keyed by node, so one node under
	 * two different days in one request gets the neighbours of the first.
	 */
	public Map<GraphNode, List<GraphNode>> neighboursOf(List<GraphNode> nodes, BatchLoaderEnvironment environment,
			RelationType type, Direction direction, NodeKind... kinds) {
		Map<Optional<LocalDate>, List<GraphNode>> byDay = nodes.stream()
			.collect(Collectors.groupingBy(node -> Optional.ofNullable(AsOf.ofContext(environment.getKeyContexts().get(node)))));
		Map<GraphNode, List<GraphNode>> result = new HashMap<>();
		byDay.forEach((day, batch) -> {
			Map<String, List<GraphNode>> byId = neighbours(batch.stream().map(GraphNode::id).toList(), type, direction,
					kinds.length == 0 ? Set.of() : Set.of(kinds), day.orElse(null));
			batch.forEach(node -> result.put(node, byId.getOrDefault(node.id(), List.of())));
		});
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
				Provenance.valueOf((String) props.getOrDefault("provenance", "STATED")), (String) props.get("reason"),
				Validity.fromProperties(props),
				(String) props.get("effect"), (Boolean) props.get("partial"), (String) props.get("role"),
				(List<String>) props.getOrDefault("claimIds", List.of()),
				((Number) props.getOrDefault("version", 0L)).longValue(), Boolean.TRUE.equals(props.get("internal")),
				Boolean.TRUE.equals(props.get("unsourced")));
	}

}
