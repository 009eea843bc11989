package se.samverkanskartan.editing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.RelationType;

/**
 * The Cypher behind relationship edits, locking like {@link NodeStore}. Relationships are found by their own id,
 * through the index of each type (V004): an id names no type, so {@link #BY_ID} lists them all, and Neo4j seeks in
 * each type's index instead of expanding every relationship of every node.
 */
@Component
class RelationStore {

	/** A relationship as stored: its type, its ends and its properties. */
	record Stored(RelationType type, String from, String to, Map<String, Object> properties) {

		/** As the audit trail records it. */
		Map<String, Object> snapshot() {
			return Map.of("type", this.type.name(), "from", this.from, "to", this.to, "properties", this.properties);
		}

		String id() {
			return String.valueOf(this.properties.get("id"));
		}

		long version() {
			return ((Number) this.properties.getOrDefault("version", 0L)).longValue();
		}

	}

	/** The pattern that finds {@code r}, from {@code a} to {@code b}, by {@code $id}. */
	static final String BY_ID = "MATCH (a:Entity)-[r:" + String.join("|", NodeStore.RELATION_TYPES) + "]->(b:Entity) WHERE r.id = $id";

	private final Neo4jClient client;

	RelationStore(Neo4jClient client) {
		this.client = client;
	}

	Optional<Stored> lock(String id) {
		this.client.query(BY_ID + " SET r.version = coalesce(r.version, 0)").bind(id).to("id").run();
		return this.client.query(BY_ID + " RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties")
			.bind(id).to("id")
			.fetch().one()
			.map(row -> new Stored(RelationType.valueOf((String) row.get("type")), (String) row.get("from"),
					(String) row.get("to"), NodeStore.properties(row.get("properties"))));
	}

	boolean exists(String id) {
		return this.client.query(BY_ID + " RETURN count(r) > 0").bind(id).to("id")
			.fetchAs(Boolean.class).one().orElse(false);
	}

	void create(Stored relation) {
		this.client.query("""
				MATCH (a:Entity {id: $from})
				MATCH (b:Entity {id: $to})
				CREATE (a)-[r:%s]->(b) SET r = $properties""".formatted(relation.type().name()))
			.bind(relation.from()).to("from").bind(relation.to()).to("to")
			.bind(new HashMap<>(relation.properties())).to("properties").run();
		this.client.query("MATCH (t:Tombstone {id: $id}) DELETE t").bind(relation.properties().get("id")).to("id").run();
	}

	void replace(String id, Map<String, Object> properties) {
		this.client.query(BY_ID + " SET r = $properties").bind(id).to("id").bind(properties).to("properties").run();
	}

	void delete(String id, boolean seed) {
		this.client.query(BY_ID + " DELETE r").bind(id).to("id").run();
		if (seed) {
			this.client.query("MERGE (:Tombstone {id: $id})").bind(id).to("id").run();
		}
	}

}
