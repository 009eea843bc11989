package se.samverkanskartan.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.Visibility;

/**
 * Reads claims: those behind many facts at once, or by id. A claim is as visible as the document it quotes: the quote
 * of an internal document stays with editors, also where it supports a public fact.
 */
@Component
public class ClaimReader {

	private final Neo4jClient client;

	public ClaimReader(Neo4jClient client) {
		this.client = client;
	}

	/** The claims behind each node or status observation, in one query, ordered by document and line. */
	@SuppressWarnings("unchecked")
	public Map<String, List<Claim>> evidenceOf(Collection<String> ownerIds) {
		Map<String, List<Claim>> evidence = new LinkedHashMap<>();
		ownerIds.forEach(id -> evidence.put(id, new ArrayList<>()));
		this.client.query("""
				MATCH (n)-[:EVIDENCED_BY]->(c:Claim)-[:FROM_DOCUMENT]->(d:Entity)
				WHERE (n:Entity OR n:StatusObservation) AND n.id IN $ids AND %s
				RETURN n.id AS owner, c {.*, document: d.id} AS claim
				ORDER BY d.id, c.line, c.id""".formatted(Visibility.node("d")))
			.bind(List.copyOf(ownerIds)).to("ids")
			.bind(Visibility.seeInternal()).to(Visibility.PARAMETER)
			.fetch().all()
			.forEach(row -> evidence.get((String) row.get("owner"))
				.add(Claim.fromProjection((Map<String, Object>) row.get("claim"))));
		return evidence;
	}

	@SuppressWarnings("unchecked")
	public Map<String, Claim> byIds(Collection<String> ids) {
		Map<String, Claim> claims = new LinkedHashMap<>();
		this.client.query("""
				MATCH (c:Claim)-[:FROM_DOCUMENT]->(d:Entity) WHERE c.id IN $ids AND %s
				RETURN c {.*, document: d.id} AS claim""".formatted(Visibility.node("d")))
			.bind(List.copyOf(ids)).to("ids")
			.bind(Visibility.seeInternal()).to(Visibility.PARAMETER)
			.fetch().all()
			.forEach(row -> {
				Claim claim = Claim.fromProjection((Map<String, Object>) row.get("claim"));
				claims.put(claim.id(), claim);
			});
		return claims;
	}

}
