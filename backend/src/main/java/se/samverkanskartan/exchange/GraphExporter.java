package se.samverkanskartan.exchange;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.exchange.GraphDump.DumpedNode;
import se.samverkanskartan.exchange.GraphDump.DumpedRelationship;

/**
 * Reads the whole graph into a {@link GraphDump}, in a stable order so that two dumps of the same graph are equal.
 * Migration bookkeeping is left out: the database a dump is restored into applies its own migrations.
 */
public class GraphExporter {

	private final Neo4jClient client;

	public GraphExporter(Neo4jClient client) {
		this.client = client;
	}

	@SuppressWarnings("unchecked")
	public GraphDump export() {
		List<DumpedNode> nodes = this.client.query("""
				MATCH (n) WHERE NOT n:Migration AND n.id IS NOT NULL
				RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id""")
			.fetch().all().stream()
			.map(row -> new DumpedNode(((List<String>) row.get("labels")).stream().sorted().toList(),
					PropertyValues.toJson((Map<String, Object>) row.get("properties"))))
			.toList();
		List<DumpedRelationship> relationships = this.client.query("""
				MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL AND NOT a:Migration AND NOT b:Migration
				RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
				ORDER BY start, type, end, coalesce(r.id, '')""")
			.fetch().all().stream()
			.map(row -> new DumpedRelationship((String) row.get("type"), (String) row.get("start"), (String) row.get("end"),
					PropertyValues.toJson((Map<String, Object>) row.get("properties"))))
			.toList();
		return new GraphDump(GraphDump.FORMAT, nodes, relationships);
	}

}
