package se.samverkanskartan.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.InvalidArgumentException;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Paging;
import se.samverkanskartan.graph.Visibility;
import se.samverkanskartan.graph.where.Where;

/**
 * Full-text search over names, aliases, descriptions and quotes. A quote that matches finds the nodes it is
 * evidence for, when the caller may see the document it quotes; each node is listed once, with its best match.
 * A node whose name or alias is what was typed comes first, then those whose name or alias begins with it.
 */
@Controller
class SearchController {

	static final int DEFAULT_HITS = 20;

	static final int MAX_TEXT = 200;

	private static final String QUERY = """
			CALL () {
			  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $limit}) YIELD node, score
			  RETURN node AS n, score, node.name AS matched
			  UNION ALL
			  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $limit}) YIELD node, score
			  MATCH (n:Entity)-[:EVIDENCED_BY]->(node)-[:FROM_DOCUMENT]->(d:Entity) WHERE %2$s
			  RETURN n, score * 0.8 AS score, node.quote AS matched
			  UNION ALL
			  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $limit}) YIELD node, score
			  MATCH (n:Entity)-[:HAS_STATUS]->(:StatusObservation)-[:EVIDENCED_BY]->(node)-[:FROM_DOCUMENT]->(d:Entity)
			  WHERE %2$s
			  RETURN n, score * 0.8 AS score, node.quote AS matched
			}
			WITH n, score, matched WHERE (size($kinds) = 0 OR n.kind IN $kinds) AND %1$s AND %3$s
			ORDER BY score DESC
			WITH n, collect({score: score, matched: matched})[0] AS best
			// What a user typed as a whole name or alias ("SUS"), then as its beginning, before the rest by relevance.
			WITH n, best, [n.name] + coalesce(n.aliases, []) AS names
			WITH n, best, CASE
			  WHEN any(name IN names WHERE toLower(name) = $typed) THEN 0
			  WHEN any(name IN names WHERE toLower(name) STARTS WITH $typed) THEN 1
			  ELSE 2 END AS rank
			RETURN n {.*} AS node, best.score AS score, best.matched AS matched
			ORDER BY rank, score DESC, node.name
			LIMIT $limit""";

	private final Neo4jClient client;

	private final NodeReader reader;

	SearchController(Neo4jClient client, NodeReader reader) {
		this.client = client;
		this.reader = reader;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable Integer first, @Argument @Nullable List<String> kinds,
			@Argument @Nullable Map<String, Object> where, @Argument @Nullable LocalDate asOf) {
		int limit = Paging.size(first, DEFAULT_HITS);
		if (text.length() > MAX_TEXT) {
			throw new InvalidArgumentException("text", "must be at most " + MAX_TEXT + " characters, was " + text.length());
		}
		String query = LuceneQuery.of(text);
		if (query.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("query", query);
		parameters.put("typed", text.strip().toLowerCase(java.util.Locale.ROOT));
		parameters.put("limit", limit);
		parameters.put("kinds", kinds == null ? List.of() : kinds);
		parameters.put(Visibility.PARAMETER, Visibility.seeInternal());
		// A filter's relations are followed as they are on the day asked, today by default.
		parameters.put("asOf", this.reader.asOf(asOf));
		Where filter = Where.onAnyNode(where);
		parameters.putAll(filter.parameters());
		List<SearchHit> hits = new ArrayList<>();
		this.client.query(QUERY.formatted(Visibility.node("n"), Visibility.node("d"), filter.cypher())).bindAll(parameters).fetch().all().forEach(row -> {
			GraphNode node = NodeReader.node(row.get("node"));
			hits.add(new SearchHit(node, ((Number) row.get("score")).doubleValue(), (String) row.get("matched")));
		});
		return hits;
	}

}
