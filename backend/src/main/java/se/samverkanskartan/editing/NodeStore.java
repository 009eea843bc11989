package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.audit.Snapshots;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;

/**
 * The Cypher behind node edits. {@link #lock} takes the node's write lock before reading it, so that the version
 * compared is the one the change will replace: two concurrent edits of the same node are serialised, and the second
 * sees the first's version and is refused.
 */
@Component
class NodeStore {

	static final List<String> RELATION_TYPES = Arrays.stream(RelationType.values()).map(Enum::name).toList();

	private final Neo4jClient client;

	NodeStore(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * The node's stored properties, its write lock held until the transaction ends. The properties are read after
	 * the {@code SET} has taken the lock, in the same statement: one round trip, and the version is the latest.
	 */
	Optional<Map<String, Object>> lock(String id) {
		return this.client.query("MATCH (n:Entity {id: $id}) SET n.version = coalesce(n.version, 0) RETURN n {.*} AS node")
			.bind(id).to("id")
			.fetch().one().map(row -> properties(row.get("node")));
	}

	Optional<Map<String, Object>> read(String id) {
		return this.client.query("MATCH (n:Entity {id: $id}) RETURN n {.*} AS node").bind(id).to("id")
			.fetch().one().map(row -> properties(row.get("node")));
	}

	boolean exists(String id) {
		return this.client.query("MATCH (n:Entity {id: $id}) RETURN count(n) > 0").bind(id).to("id")
			.fetchAs(Boolean.class).one().orElse(false);
	}

	void create(NodeKind kind, Map<String, Object> properties) {
		this.client.query("CREATE (n:Entity:%s) SET n = $properties".formatted(kind.label()))
			.bind(properties).to("properties").run();
		this.client.query("MATCH (t:Tombstone {id: $id}) DELETE t").bind(properties.get("id")).to("id").run();
	}

	void replace(String id, Map<String, Object> properties) {
		this.client.query("MATCH (n:Entity {id: $id}) SET n = $properties").bind(id).to("id")
			.bind(properties).to("properties").run();
	}

	/**
	 * Deletes the node with its relationships and returns what an undo needs to put them back: the relationships,
	 * the claims it rests on and its status observations (which stay in the graph, unattached).
	 */
	Map<String, Object> delete(String id, boolean seed) {
		Map<String, Object> attached = new HashMap<>();
		attached.put("relations", this.client.query("""
				MATCH (n:Entity {id: $id})-[r]-(:Entity) WHERE type(r) IN $types
				RETURN DISTINCT {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)} AS relation""")
			.bind(id).to("id").bind(RELATION_TYPES).to("types")
			.fetch().all().stream().map(row -> row.get("relation")).toList());
		attached.put("evidence", this.client.query("MATCH (:Entity {id: $id})-[:EVIDENCED_BY]->(c:Claim) RETURN c.id")
			.bind(id).to("id").fetchAs(String.class).all());
		attached.put("statuses", this.client.query("MATCH (:Entity {id: $id})-[:HAS_STATUS]->(s) RETURN s.id")
			.bind(id).to("id").fetchAs(String.class).all());
		this.client.query("MATCH (n:Entity {id: $id}) DETACH DELETE n").bind(id).to("id").run();
		if (seed) {
			// The data files still hold it; the tombstone keeps the loader from bringing it back.
			this.client.query("MERGE (:Tombstone {id: $id})").bind(id).to("id").run();
		}
		return attached;
	}

	/** Puts a deleted node back with what {@link #delete} returned, as far as the other ends still exist. */
	@SuppressWarnings("unchecked")
	void restore(NodeKind kind, Map<String, Object> properties, Map<String, Object> attached) {
		create(kind, properties);
		String id = (String) properties.get("id");
		List<Map<String, Object>> relations = new ArrayList<>((List<Map<String, Object>>) attached.getOrDefault("relations", List.of()));
		for (RelationType type : RelationType.values()) {
			List<Map<String, Object>> rows = relations.stream().filter(r -> type.name().equals(r.get("type"))).toList();
			if (!rows.isEmpty()) {
				rows.forEach(Snapshots::restoreDates);
				this.client.query("""
						UNWIND $rows AS row
						MATCH (a:Entity {id: row.from})
						MATCH (b:Entity {id: row.to})
						CREATE (a)-[r:%s]->(b) SET r = row.properties""".formatted(type.name()))
					.bind(rows).to("rows").run();
			}
		}
		this.client.query("""
				MATCH (n:Entity {id: $id})
				CALL (n) { MATCH (c:Claim) WHERE c.id IN $claims MERGE (n)-[:EVIDENCED_BY]->(c) }
				CALL (n) { MATCH (s:StatusObservation) WHERE s.id IN $statuses MERGE (n)-[:HAS_STATUS]->(s) }""")
			.bind(id).to("id")
			.bind(attached.getOrDefault("evidence", List.of())).to("claims")
			.bind(attached.getOrDefault("statuses", List.of())).to("statuses")
			.run();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> properties(Object projection) {
		return new HashMap<>((Map<String, Object>) projection);
	}

}
