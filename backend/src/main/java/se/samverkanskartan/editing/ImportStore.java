package se.samverkanskartan.editing;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;

/**
 * The Cypher behind an import: what a file's rows name is read, and what they create is written, in one query per
 * kind or type for the whole file instead of a few per row. Each lookup goes through an index (ids of nodes by
 * the entity_id constraint, of relationships by each type's index).
 */
@Component
class ImportStore {

	private static final String NODES = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			RETURN id, n {.kind, .directionKnown, .documentKind, .file} AS node""";

	static final String RELATIONS = """
			UNWIND $ids AS id
			MATCH (a:Entity)-[r:%s]->(b:Entity) WHERE r.id = id
			RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties""".formatted(
			String.join("|", NodeStore.RELATION_TYPES));

	/** The quotes the facts rest on, each with its document and locator: a node's claims, or a relationship's. */
	private static final String ATTACHED = """
			UNWIND $facts AS fact
			CALL (fact) {
			  MATCH (:Entity {id: fact.id})-[:EVIDENCED_BY]->(c:Claim)-[:FROM_DOCUMENT]->(d:Entity) RETURN c, d
			  UNION
			  MATCH (c:Claim)-[:FROM_DOCUMENT]->(d:Entity) WHERE c.id IN fact.claimIds RETURN c, d
			}
			RETURN fact.id AS id, d.id AS document, c.locator AS locator, c.quote AS quote""";

	private static final String CREATE_NODES = """
			UNWIND $rows AS row
			CREATE (n:Entity:%s) SET n = row.fact
			WITH n, row WHERE row.claim IS NOT NULL
			MATCH (c:Claim {id: row.claim})
			CREATE (n)-[:EVIDENCED_BY]->(c)""";

	private static final String CREATE_RELATIONS = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})
			MATCH (b:Entity {id: row.to})
			CREATE (a)-[r:%s]->(b) SET r = row.properties""";

	private static final String TOMBSTONES = """
			UNWIND $ids AS id
			MATCH (t:Tombstone {id: id}) DELETE t""";

	private static final String CLAIMS = """
			UNWIND $claims AS claim
			MERGE (c:Claim {id: claim.properties.id}) ON CREATE SET c = claim.properties
			WITH c, claim
			MATCH (d:Entity {id: claim.document}) MERGE (c)-[:FROM_DOCUMENT]->(d)""";

	private final Neo4jClient client;

	ImportStore(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * Those of the nodes that exist, by id, with what the rules of an import ask of them: the kind, a flow's
	 * directionKnown, a document's documentKind and file.
	 */
	Map<String, Map<String, Object>> nodes(Collection<String> ids) {
		Map<String, Map<String, Object>> nodes = new HashMap<>();
		this.client.query(NODES).bind(List.copyOf(new HashSet<>(ids))).to("ids").fetch().all()
			.forEach(row -> nodes.put((String) row.get("id"), NodeStore.properties(row.get("node"))));
		return nodes;
	}

	/** Those of the relationships that exist, by id, as stored; read without locking them. */
	Map<String, RelationStore.Stored> relations(Collection<String> ids) {
		Map<String, RelationStore.Stored> relations = new HashMap<>();
		this.client.query(RELATIONS).bind(List.copyOf(new HashSet<>(ids))).to("ids").fetch().all()
			.forEach(row -> {
				RelationStore.Stored relation = new RelationStore.Stored(RelationType.valueOf((String) row.get("type")),
						(String) row.get("from"), (String) row.get("to"), NodeStore.properties(row.get("properties")));
				relations.put(relation.id(), relation);
			});
		return relations;
	}

	/**
	 * What the facts already rest on, for the whole file in one query: each as {@link #evidence} names it.
	 *
	 * @param facts the stored facts' ids, each with the claim ids it lists (a relationship) or none (a node)
	 */
	Set<List<String>> attached(Map<String, List<?>> facts) {
		List<Map<String, Object>> rows = facts.entrySet().stream()
			.map(fact -> Map.<String, Object>of("id", fact.getKey(), "claimIds", fact.getValue())).toList();
		Set<List<String>> attached = new HashSet<>();
		if (!rows.isEmpty()) {
			this.client.query(ATTACHED).bind(rows).to("facts").fetch().all().forEach(row -> attached.add(evidence(
					(String) row.get("id"), (String) row.get("document"), (String) row.get("locator"), (String) row.get("quote"))));
		}
		return attached;
	}

	/** A fact's evidence: its id, the document, the locator and the quote. */
	static List<String> evidence(String id, String document, String locator, String quote) {
		// A list, unlike List.of, holds a claim without a locator too.
		return Arrays.asList(id, document, locator, quote);
	}

	/** New nodes, each a map of its {@code fact} and the id of its {@code claim} (written before) or none. */
	void createNodes(NodeKind kind, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			this.client.query(CREATE_NODES.formatted(kind.label())).bind(rows).to("rows").run();
		}
	}

	void createRelations(RelationType type, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			this.client.query(CREATE_RELATIONS.formatted(type.name())).bind(rows).to("rows").run();
		}
	}

	/** Facts deleted earlier and now created again are no longer kept from the data loader. */
	void clearTombstones(Collection<String> ids) {
		if (!ids.isEmpty()) {
			this.client.query(TOMBSTONES).bind(List.copyOf(ids)).to("ids").run();
		}
	}

	/**
	 * The claims, each a map of its {@code document} and its {@code properties}; one that exists (the same quote at
	 * the same place) is shared.
	 */
	void claims(List<Map<String, Object>> claims) {
		if (!claims.isEmpty()) {
			this.client.query(CLAIMS).bind(claims).to("claims").run();
		}
	}

}
