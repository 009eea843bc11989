package se.samverkanskartan.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Visibility;
import se.samverkanskartan.graph.where.Where;

/**
 * Reads the hits of a search from the full-text indexes (names, aliases, previous names, descriptions and quotes;
 * a quote finds the nodes it is evidence for, when the caller may see its document), each node once with its best
 * match, and puts them in the API's order ({@link RankedHit#ORDER}). Reads at most
 * {@link SearchProperties#maxHits} matches of each index, never the whole graph.
 */
@Component
class SearchReader {

	static final int MAX_TEXT = 200;

	private static final String QUERY = """
			CALL () {
			  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $maxHits}) YIELD node, score
			  RETURN node AS n, score, node.name AS matched
			  UNION ALL
			  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $maxHits}) YIELD node, score
			  MATCH (n:Entity)-[:EVIDENCED_BY]->(node)-[:FROM_DOCUMENT]->(d:Entity) WHERE %2$s
			  RETURN n, score * 0.8 AS score, node.quote AS matched
			  UNION ALL
			  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $maxHits}) YIELD node, score
			  MATCH (n:Entity)-[:HAS_STATUS]->(:StatusObservation)-[:EVIDENCED_BY]->(node)-[:FROM_DOCUMENT]->(d:Entity)
			  WHERE %2$s
			  RETURN n, score * 0.8 AS score, node.quote AS matched
			}
			WITH n, score, matched WHERE (size($kinds) = 0 OR n.kind IN $kinds) AND %1$s AND %3$s
			ORDER BY score DESC, matched
			WITH n, collect({score: score, matched: matched})[0] AS best
			RETURN n.id AS id, n.name AS name,
			  [name IN [n.name, n.previousName] + coalesce(n.aliases, []) WHERE name IS NOT NULL] AS names,
			  best.score AS score, best.matched AS matched""";

	private final Neo4jClient client;

	private final NodeReader reader;

	private final SearchProperties properties;

	SearchReader(Neo4jClient client, NodeReader reader, SearchProperties properties) {
		this.client = client;
		this.reader = reader;
		this.properties = properties;
	}

	/** Every hit for the text, in the API's order; none when the text holds no word to look for. */
	List<RankedHit> hits(String text, @Nullable List<String> kinds, @Nullable Map<String, Object> where,
			@Nullable LocalDate asOf) {
		String query = LuceneQuery.of(text);
		if (query.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("query", query);
		parameters.put("maxHits", this.properties.maxHits());
		parameters.put("kinds", kinds == null ? List.of() : kinds);
		parameters.put(Visibility.PARAMETER, Visibility.seeInternal());
		// A filter's relations are followed as they are on the day asked, today by default.
		parameters.put("asOf", this.reader.asOf(asOf));
		Where filter = Where.onAnyNode(where);
		parameters.putAll(filter.parameters());
		List<RankedHit> hits = new ArrayList<>();
		this.client.query(QUERY.formatted(Visibility.node("n"), Visibility.node("d"), filter.cypher()))
			.bindAll(parameters)
			.fetch()
			.all()
			.forEach(row -> {
				@SuppressWarnings("unchecked")
				List<String> names = (List<String>) row.get("names");
				hits.add(new RankedHit((String) row.get("id"), NameMatch.of(text, names),
						((Number) row.get("score")).doubleValue(), NameMatch.key((String) row.get("name")),
						(String) row.get("matched")));
			});
		hits.sort(RankedHit.ORDER);
		return hits;
	}

}
