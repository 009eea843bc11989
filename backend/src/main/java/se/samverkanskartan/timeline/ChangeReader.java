package se.samverkanskartan.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Visibility;

/** Compares the graph on two dates: what is valid on one and not the other, and what changed in between. */
@Component
class ChangeReader {

	private static final String NODES = """
			MATCH (n:Entity) WHERE n.kind <> 'DOCUMENT' AND %s
			WITH n, (%s) AS before, (%s) AS after WHERE before <> after
			RETURN n {.*} AS node, after AS added ORDER BY n.name""".formatted(Visibility.node("n"), NodeReader.validOn("n", "from"),
			NodeReader.validOn("n", "to"));

	private static final String RELATIONS = """
			MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IS NOT NULL AND %s AND %s AND %s
			WITH a, r, b, (%s) AS before, (%s) AS after WHERE before <> after
			RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, a.name AS sourceName,
			       b.name AS targetName, r.validFrom AS validFrom, r.validTo AS validTo, after AS added
			ORDER BY r.id""".formatted(Visibility.relation("r"), Visibility.node("a"), Visibility.node("b"),
			NodeReader.validOn("r", "from"), NodeReader.validOn("r", "to"));

	private static final String STATUSES = """
			MATCH (n:Assignment)-[:HAS_STATUS]->(s:StatusObservation) WHERE s.date > $from AND s.date <= $to AND %s
			WITH n, s ORDER BY s.date, CASE s.kind WHEN 'FORECAST' THEN 0 ELSE 1 END
			WITH n, collect(s)[-1] AS latest
			OPTIONAL MATCH (n)-[:HAS_STATUS]->(p:StatusObservation) WHERE p.date <= $from
			WITH n, latest, p ORDER BY p.date, CASE p.kind WHEN 'FORECAST' THEN 0 ELSE 1 END
			WITH n, latest, collect(p)[-1] AS previous
			WHERE previous IS NULL OR previous.status <> latest.status
			RETURN n {.*} AS node, latest.date AS date, previous.status AS before, latest.status AS after,
			       latest.kind = 'FORECAST' AS forecast""".formatted(
			Visibility.node("n"));

	private static final String RENAMES = """
			MATCH (n:Entity) WHERE n.renamedOn IS NOT NULL AND %s AND date(n.renamedOn + CASE size(n.renamedOn)
			      WHEN 4 THEN '-01-01' WHEN 7 THEN '-01' ELSE '' END) > $from
			  AND date(n.renamedOn + CASE size(n.renamedOn) WHEN 4 THEN '-01-01' WHEN 7 THEN '-01' ELSE '' END) <= $to
			RETURN n {.*} AS node""".formatted(Visibility.node("n"));

	private final Neo4jClient client;

	ChangeReader(Neo4jClient client) {
		this.client = client;
	}

	ChangeSet compare(LocalDate from, LocalDate to) {
		Map<String, Object> dates = Map.of("from", from, "to", to, Visibility.PARAMETER, Visibility.seeInternal());
		List<Change> added = new ArrayList<>();
		List<Change> removed = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		for (Map<String, Object> row : this.client.query(NODES).bindAll(dates).fetch().all()) {
			GraphNode node = NodeReader.node(row.get("node"));
			boolean isAdded = (Boolean) row.get("added");
			(isAdded ? added : removed).add(Change.ofNode(node, isAdded ? node.validity().from() : node.validity().to(),
					(isAdded ? "Tillkommer: " : "Upphör: ") + node.name()));
		}
		for (Map<String, Object> row : this.client.query(RELATIONS).bindAll(dates).fetch().all()) {
			boolean isAdded = (Boolean) row.get("added");
			String description = (isAdded ? "Tillkommer: " : "Upphör: ") + row.get("sourceName") + " " + row.get("type")
					+ " " + row.get("targetName");
			(isAdded ? added : removed).add(Change.ofRelation((String) row.get("id"), (String) row.get("type"),
					(String) row.get("source"), (String) row.get("target"), (String) row.get("sourceName"),
					(String) row.get("targetName"), (LocalDate) (isAdded ? row.get("validFrom") : row.get("validTo")), description));
		}
		for (Map<String, Object> row : this.client.query(STATUSES).bindAll(dates).fetch().all()) {
			// A forecast says so in the description; field, before and after are the states themselves.
			String label = Boolean.TRUE.equals(row.get("forecast")) ? "status enligt prognos" : "status";
			changed.add(Change.ofValue(NodeReader.node(row.get("node")), "status", label, (String) row.get("before"),
					(String) row.get("after"), (LocalDate) row.get("date")));
		}
		for (Map<String, Object> row : this.client.query(RENAMES).bindAll(dates).fetch().all()) {
			GraphNode node = NodeReader.node(row.get("node"));
			Object previous = node.property("previousName");
			changed.add(Change.ofValue(node, "name", "namn", previous == null ? null : previous.toString(), node.name(), null));
		}
		return new ChangeSet(from, to, added, removed, changed);
	}

}
