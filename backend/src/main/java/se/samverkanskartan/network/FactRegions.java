package se.samverkanskartan.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Visibility;

/**
 * The regions a fact belongs to by the rule of the map's region filter ({@link NetworkScope#BY_REGION}), seen from
 * the fact instead of from the region: a region itself; what a region runs or consists of; the cooperation those
 * take part in; and the organisations on the other side of that cooperation. One query answers for a node, for both
 * ends of a relationship, or for a deleted node placed by the relationships it had. Only the node's neighbours
 * need be valid today, not the node: a change that ends a fact still concerns its regions.
 */
@Component
public class FactRegions {

	/**
	 * A node to place: by its relationships in the graph and {@code links} besides (a deleted one's, or a deleted
	 * relationship's); a node no longer in the graph by {@code kind} and {@code links} alone.
	 */
	public record Subject(String id, @Nullable String kind, List<Link> links) {

		public static Subject of(String id) {
			return new Subject(id, null, List.of());
		}

	}

	/** A relationship a deleted node had: its type, the node at the other end, which way it went, and if internal. */
	public record Link(String type, String other, boolean outgoing, boolean internal) {
	}

	/** The regions a node is part of: itself, or the region that runs it or that it is part of or belongs to. */
	private static final String CORE = """
			CASE WHEN %1$s.kind = 'REGION' THEN [%1$s.id] ELSE [] END
			+ CASE WHEN %1$s.kind IN $belonging THEN
			    [(%1$s)<-[r:OPERATES]-(g:Entity) WHERE g.kind = 'REGION' AND %2$s | g.id]
			    + [(%1$s)-[r:PART_OF|BELONGS_TO]->(g:Entity) WHERE g.kind = 'REGION' AND %2$s | g.id]
			  ELSE [] END""";

	static final String REGIONS = """
			UNWIND $subjects AS s
			OPTIONAL MATCH (n:Entity {id: s.id})
			WITH s, n, coalesce(n.kind, s.kind) AS kind
			WITH s, kind, COLLECT {
			    UNWIND s.links AS l
			    MATCH (o:Entity {id: l.other})
			    WHERE l.type IN $types AND o.kind <> 'DOCUMENT' AND ($seeInternal OR NOT l.internal) AND %1$s AND %2$s
			    RETURN {node: o, type: l.type, outgoing: l.outgoing} AS link
			  } + CASE WHEN n IS NULL THEN [] ELSE COLLECT {
			    MATCH (n)-[r]-(o:Entity) WHERE %3$s
			    RETURN {node: o, type: type(r), outgoing: startNode(r) = n} AS link
			  } END AS links
			WITH s, kind, links,
			  CASE WHEN kind = 'REGION' THEN [s.id] ELSE [] END
			  + [l IN links WHERE kind IN $belonging AND l.node.kind = 'REGION'
			       AND (l.type = 'OPERATES' AND NOT l.outgoing OR l.type IN ['PART_OF', 'BELONGS_TO'] AND l.outgoing)
			     | l.node.id] AS own,
			  CASE WHEN kind IN $cooperation THEN [l IN links | l.node] ELSE [] END
			  + CASE WHEN kind IN $organisation THEN COLLECT {
			      UNWIND links AS l
			      WITH l.node AS c WHERE c.kind IN $cooperation
			      MATCH (c)-[r]-(k:Entity) WHERE %4$s
			      RETURN k
			    } ELSE [] END AS near
			RETURN s.index AS subject, own + COLLECT { UNWIND near AS k UNWIND %5$s AS region RETURN region } AS regions"""
		.formatted(NodeReader.validOn("o"), Visibility.node("o"), NetworkScope.step("r", "o"), NetworkScope.step("r", "k"),
				CORE.formatted("k", NetworkScope.step("r", "g")));

	private final Neo4jClient client;

	private final NodeReader reader;

	FactRegions(Neo4jClient client, NodeReader reader) {
		this.client = client;
		this.reader = reader;
	}

	/** The ids of the regions a node belongs to today, seeing internal facts or not. */
	public Set<String> ofNode(Subject node, boolean seeInternal) {
		return of(List.of(node), seeInternal).getFirst();
	}

	/**
	 * The regions a relationship belongs to: those both its ends belong to, as the map draws an edge only when it
	 * keeps both ends. Each end is placed with the relationship counted, since a deleted one is no longer in the graph.
	 */
	public Set<String> ofRelation(Subject from, Subject to, boolean seeInternal) {
		List<Set<String>> regions = of(List.of(from, to), seeInternal);
		return both(regions.get(0), regions.get(1));
	}

	/** Those of the regions of a relationship's ends that both belong to: the relationship's ({@link #ofRelation}). */
	public static Set<String> both(Set<String> from, Set<String> to) {
		Set<String> both = new HashSet<>(from);
		both.retainAll(to);
		return both;
	}

	/**
	 * The regions of many nodes in one query, in the order given; a node may be named twice, with other links (a
	 * relationship's end for each relationship of a transaction that ends there).
	 */
	@SuppressWarnings("unchecked")
	public List<Set<String>> of(List<Subject> subjects, boolean seeInternal) {
		if (subjects.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < subjects.size(); i++) {
			rows.add(parameter(subjects.get(i), i));
		}
		parameters.put("subjects", rows);
		parameters.put("asOf", this.reader.asOf(null));
		parameters.put("types", NetworkScope.TYPES);
		parameters.put("belonging", NetworkScope.BELONGING);
		parameters.put("cooperation", NetworkScope.COOPERATION);
		parameters.put("organisation", NetworkScope.ORGANISATION);
		parameters.put(Visibility.PARAMETER, seeInternal);
		List<Set<String>> regions = new ArrayList<>();
		subjects.forEach(subject -> regions.add(new HashSet<>()));
		this.client.query(REGIONS).bindAll(parameters).fetch().all().forEach(row -> regions
			.get(((Number) row.get("subject")).intValue())
			.addAll((List<String>) row.get("regions")));
		return regions;
	}

	private static Map<String, Object> parameter(Subject subject, int index) {
		Map<String, Object> row = new HashMap<>();
		row.put("index", index);
		row.put("id", subject.id());
		row.put("kind", subject.kind());
		row.put("links", subject.links().stream()
			.map(link -> Map.of("type", link.type(), "other", link.other(), "outgoing", link.outgoing(),
					"internal", link.internal()))
			.toList());
		return row;
	}

}
