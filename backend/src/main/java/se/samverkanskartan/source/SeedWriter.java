package se.samverkanskartan.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.PartialDate;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.source.Seed.Evidence;

/**
 * Writes the catalogue into the graph. Nodes are merged by id and their properties replaced; seed nodes no
 * longer in the files are removed; seed relationships are replaced as a whole. The caller runs it in one
 * transaction, so the graph never holds half a load.
 * <p>
 * Facts edited through the API carry {@code seed = false} and facts deleted through it leave a
 * {@code :Tombstone}: the loader leaves both alone, so an edit is never undone by a change to a data file.
 */
class SeedWriter {

	private static final String ALL_KIND_LABELS = java.util.Arrays.stream(NodeKind.values())
		.map(NodeKind::label)
		.collect(Collectors.joining(":"));

	private final Neo4jClient client;

	SeedWriter(Neo4jClient client) {
		this.client = client;
	}

	void write(Seed.Catalogue catalogue) {
		Set<String> edited = edited();
		List<String> ids = catalogue.nodes().stream().map(Seed.Node::id).toList();
		this.client.query("MATCH (n:Entity) WHERE n.seed AND NOT n.id IN $ids DETACH DELETE n").bind(ids).to("ids").run();
		this.client.query("MATCH ()-[r]->() WHERE r.seed DELETE r").run();
		this.client.query("MATCH (s:StatusObservation) WHERE s.seed DETACH DELETE s").run();
		this.client.query("MATCH (c:Claim) WHERE NOT (c)<-[:EVIDENCED_BY]-() AND c.seed DETACH DELETE c").run();
		for (NodeKind kind : NodeKind.values()) {
			List<Map<String, Object>> rows = catalogue.nodes().stream()
				.filter(n -> n.kind() == kind && !edited.contains(n.id()))
				.map(SeedWriter::row)
				.toList();
			if (!rows.isEmpty()) {
				this.client.query("""
						UNWIND $rows AS row
						MERGE (n:Entity {id: row.id})
						SET n = row
						REMOVE n:%s
						SET n:%s""".formatted(ALL_KIND_LABELS, kind.label())).bind(rows).to("rows").run();
			}
		}
		writeClaims(catalogue);
		writeStatuses(catalogue);
		for (RelationType type : RelationType.values()) {
			List<Map<String, Object>> rows = catalogue.relations().stream()
				.filter(r -> r.type() == type && !edited.contains(r.id()))
				.map(SeedWriter::row)
				.toList();
			if (!rows.isEmpty()) {
				this.client.query("""
						UNWIND $rows AS row
						MATCH (a:Entity {id: row.from})
						MATCH (b:Entity {id: row.to})
						CREATE (a)-[r:%s]->(b)
						SET r = row.properties""".formatted(type.name())).bind(rows).to("rows").run();
			}
		}
		this.client.query("MERGE (s:SeedState {id: 'seed'}) SET s.checksum = $checksum, s.loadedAt = datetime()")
			.bind(catalogue.checksum()).to("checksum").run();
	}

	/** The ids of facts edited or deleted through the API since they were loaded. */
	private Set<String> edited() {
		return new HashSet<>(this.client.query("""
				CALL () {
				  MATCH (n:Entity) WHERE n.seed = false RETURN n.id AS id
				  UNION
				  MATCH ()-[r]->() WHERE r.seed = false AND r.id IS NOT NULL RETURN r.id AS id
				  UNION
				  MATCH (t:Tombstone) RETURN t.id AS id
				}
				RETURN id""").fetchAs(String.class).all());
	}

	private void writeClaims(Seed.Catalogue catalogue) {
		Map<String, Map<String, Object>> claims = new LinkedHashMap<>();
		List<Map<String, Object>> links = new ArrayList<>();
		for (Seed.Node node : catalogue.nodes()) {
			for (Evidence evidence : node.evidence()) {
				claims.putIfAbsent(evidence.claimId(), claim(evidence));
				links.add(Map.of("owner", node.id(), "claim", evidence.claimId()));
			}
		}
		catalogue.relations().forEach(r -> r.evidence().forEach(e -> claims.putIfAbsent(e.claimId(), claim(e))));
		catalogue.nodes().forEach(n -> n.statuses().forEach(s -> s.evidence().forEach(e -> claims.putIfAbsent(e.claimId(), claim(e)))));
		this.client.query("""
				UNWIND $claims AS row
				MERGE (c:Claim {id: row.id})
				SET c = row.properties
				WITH c, row
				MATCH (d:Entity {id: row.document})
				MERGE (c)-[:FROM_DOCUMENT {seed: true}]->(d)""").bind(List.copyOf(claims.values())).to("claims").run();
		this.client.query("""
				UNWIND $links AS link
				MATCH (n:Entity {id: link.owner})
				MATCH (c:Claim {id: link.claim})
				MERGE (n)-[:EVIDENCED_BY {seed: true}]->(c)""").bind(links).to("links").run();
	}

	private void writeStatuses(Seed.Catalogue catalogue) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Seed.Node node : catalogue.nodes()) {
			for (int i = 0; i < node.statuses().size(); i++) {
				Seed.Status status = node.statuses().get(i);
				Map<String, Object> properties = new HashMap<>();
				properties.put("id", node.id() + "-status-" + (i + 1));
				// A reported state applies from the first day of its period, like validFrom; a forecast is for its last.
				properties.put("date", status.forecast() ? status.date().end() : status.date().start());
				properties.put("precision", status.date().precision().name());
				properties.put("kind", status.kind());
				properties.put("reportedOn", status.reportedOn().text());
				properties.put("status", status.status());
				properties.put("seed", true);
				putIfPresent(properties, "note", status.note());
				putIfPresent(properties, "reason", status.reason());
				rows.add(Map.of("owner", node.id(), "properties", properties,
						"claims", status.evidence().stream().map(Evidence::claimId).toList()));
			}
		}
		this.client.query("""
				UNWIND $rows AS row
				MATCH (n:Entity {id: row.owner})
				CREATE (n)-[:HAS_STATUS {seed: true}]->(s:StatusObservation)
				SET s = row.properties
				WITH s, row
				UNWIND row.claims AS claim
				MATCH (c:Claim {id: claim})
				CREATE (s)-[:EVIDENCED_BY {seed: true}]->(c)""").bind(rows).to("rows").run();
	}

	private static Map<String, Object> row(Seed.Node node) {
		Map<String, Object> row = new HashMap<>(node.properties());
		row.put("id", node.id());
		row.put("kind", node.kind().name());
		row.put("name", node.name());
		row.put("aliases", node.aliases());
		row.put("aliasText", String.join(" ", node.aliases()));
		row.put("provenance", node.provenance().name());
		row.put("seed", true);
		row.put("version", 0L);
		if (node.internal()) {
			row.put("internal", true);
		}
		putIfPresent(row, "description", node.description());
		putIfPresent(row, "reason", node.reason());
		validity(row, node.validFrom(), node.validTo());
		return row;
	}

	private static Map<String, Object> row(Seed.Relation relation) {
		Map<String, Object> properties = new HashMap<>(relation.properties());
		properties.put("id", relation.id());
		properties.put("provenance", relation.provenance().name());
		properties.put("claimIds", relation.evidence().stream().map(Evidence::claimId).toList());
		properties.put("seed", true);
		properties.put("version", 0L);
		if (relation.internal()) {
			properties.put("internal", true);
		}
		putIfPresent(properties, "reason", relation.reason());
		validity(properties, relation.validFrom(), relation.validTo());
		return Map.of("from", relation.from(), "to", relation.to(), "properties", properties);
	}

	private static Map<String, Object> claim(Evidence evidence) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("id", evidence.claimId());
		properties.put("quote", evidence.quote());
		properties.put("locator", evidence.locatorText());
		properties.put("seed", true);
		if (evidence.summary()) {
			properties.put("summary", true);
		}
		putIfPresent(properties, "reading", evidence.reading());
		putIfPresent(properties, "line", evidence.line());
		putIfPresent(properties, "lineTo", evidence.lineTo());
		return Map.of("id", evidence.claimId(), "document", evidence.document(), "properties", properties);
	}

	private static void validity(Map<String, Object> row, PartialDate from, PartialDate to) {
		if (from != null) {
			row.put("validFrom", from.start());
			row.put("validFromPrecision", from.precision().name());
		}
		if (to != null) {
			row.put("validTo", to.end());
			row.put("validToPrecision", to.precision().name());
		}
		if (from != null || to != null) {
			row.put("validLabel", ((from == null ? "" : from.text()) + " – " + (to == null ? "" : to.text())).strip());
		}
	}

	private static void putIfPresent(Map<String, Object> row, String key, Object value) {
		if (value != null) {
			row.put(key, value);
		}
	}

}
