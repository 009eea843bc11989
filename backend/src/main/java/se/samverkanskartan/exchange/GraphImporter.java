package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.exchange.GraphDump.DumpedNode;
import se.samverkanskartan.exchange.GraphDump.DumpedRelationship;

/**
 * Writes a {@link GraphDump} into an empty graph, all of it in one transaction: a restore either completes or
 * leaves nothing behind. Labels and types are checked before they reach Cypher, since they cannot be parameters.
 */
public class GraphImporter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GraphImporter.class);

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	public GraphImporter(Neo4jClient client, TransactionTemplate transactions) {
		this.client = client;
		this.transactions = transactions;
	}

	/** Restores the dump; refuses when the graph already holds data, so nothing is ever merged by accident. */
	public void restore(GraphDump dump) {
		if (dump.format() != GraphDump.FORMAT) {
			throw new IllegalArgumentException("format: this version reads backups of format " + GraphDump.FORMAT
					+ ", the file is format " + dump.format());
		}
		dump.nodes().forEach(node -> node.labels().forEach(GraphImporter::checkName));
		dump.relationships().forEach(relationship -> checkName(relationship.type()));
		this.transactions.executeWithoutResult(status -> {
			long existing = this.client.query("MATCH (n) WHERE NOT n:Migration RETURN count(n)").fetchAs(Long.class).one().orElse(0L);
			if (existing > 0) {
				throw new IllegalStateException("The graph is not empty (" + existing
						+ " nodes): restore into an empty data directory or database");
			}
			Map<String, List<Map<String, Object>>> nodesByLabels = new LinkedHashMap<>();
			for (DumpedNode node : dump.nodes()) {
				nodesByLabels.computeIfAbsent(String.join(":", node.labels()), l -> new ArrayList<>())
					.add(PropertyValues.fromJson(node.properties()));
			}
			nodesByLabels.forEach((labels, rows) -> this.client
				.query("UNWIND $rows AS row CREATE (n:" + labels + ") SET n = row")
				.bind(rows).to("rows").run());
			// Element ids find the ends directly; a match on the business id alone has no label to use an index with.
			Map<String, String> elementIds = new java.util.HashMap<>();
			this.client.query("MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, elementId(n) AS element")
				.fetch().all().forEach(row -> elementIds.put((String) row.get("id"), (String) row.get("element")));
			Map<String, List<Map<String, Object>>> relationshipsByType = dump.relationships().stream()
				.collect(Collectors.groupingBy(DumpedRelationship::type, LinkedHashMap::new, Collectors.mapping(
						r -> Map.of("start", elementIds.getOrDefault(r.start(), ""), "end", elementIds.getOrDefault(r.end(), ""),
								"properties", PropertyValues.fromJson(r.properties())),
						Collectors.toList())));
			relationshipsByType.forEach((type, rows) -> {
				long created = this.client.query("""
						UNWIND $rows AS row
						MATCH (a) WHERE elementId(a) = row.start
						MATCH (b) WHERE elementId(b) = row.end
						CREATE (a)-[r:%s]->(b) SET r = row.properties
						RETURN count(r)""".formatted(type)).bind(rows).to("rows").fetchAs(Long.class).one().orElse(0L);
				if (created != rows.size()) {
					throw new IllegalArgumentException("relationships: " + (rows.size() - created) + " " + type
							+ " relationship(s) name a node the backup does not hold");
				}
			});
		});
		log.info("Restored {} nodes and {} relationships", dump.nodes().size(), dump.relationships().size());
	}

	private static void checkName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("'" + name + "' is not a valid label or relationship type");
		}
	}

}
