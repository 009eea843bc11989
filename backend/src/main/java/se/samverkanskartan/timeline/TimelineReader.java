package se.samverkanskartan.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.PartialDate;
import se.samverkanskartan.graph.Precision;
import se.samverkanskartan.graph.Visibility;

/** The dates the data knows: where validity begins and ends, decisions, status reports and renamings. */
@Component
class TimelineReader {

	private static final String QUERY = """
			MATCH (n:Entity) WHERE n.kind <> 'DOCUMENT' AND %1$s
			  AND (n.validFrom IS NOT NULL OR n.validTo IS NOT NULL OR n.renamedOn IS NOT NULL OR n:Decision OR n:Event)
			RETURN n {.*} AS node, [] AS statuses
			UNION ALL
			MATCH (n:Assignment)-[:HAS_STATUS]->(s:StatusObservation) WHERE %1$s
			RETURN n {.*} AS node, collect(s {.date, .status, .precision, .kind}) AS statuses""".formatted(Visibility.node("n"));

	private final Neo4jClient client;

	TimelineReader(Neo4jClient client) {
		this.client = client;
	}

	@SuppressWarnings("unchecked")
	List<TimelineEvent> events() {
		List<TimelineEvent> events = new ArrayList<>();
		for (Map<String, Object> row : this.client.query(QUERY).bind(Visibility.seeInternal()).to(Visibility.PARAMETER).fetch().all()) {
			GraphNode node = NodeReader.node(row.get("node"));
			List<Map<String, Object>> statuses = (List<Map<String, Object>>) row.get("statuses");
			if (!statuses.isEmpty()) {
				// A forecast is shown as what it is, never as a status the assignment has reached.
				statuses.forEach(s -> events.add("FORECAST".equals(s.get("kind"))
						? new TimelineEvent((LocalDate) s.get("date"), Precision.DAY, TimelineEvent.Type.FORECAST, node,
								"Prognos " + s.get("status") + ": " + node.name())
						: new TimelineEvent((LocalDate) s.get("date"), Precision.valueOf((String) s.get("precision")),
								TimelineEvent.Type.STATUS, node, "Status " + s.get("status") + ": " + node.name())));
				continue;
			}
			if (node.validity().from() != null) {
				events.add(new TimelineEvent(node.validity().from(), node.validity().fromPrecision(), TimelineEvent.Type.BEGINS, node,
						"Börjar gälla: " + node.name()));
			}
			if (node.validity().to() != null) {
				events.add(new TimelineEvent(node.validity().to(), node.validity().toPrecision(), TimelineEvent.Type.ENDS, node,
						"Upphör: " + node.name()));
			}
			add(events, node, "renamedOn", TimelineEvent.Type.RENAMED, "Byter namn till " + node.name());
			if (node.kind() == NodeKind.EVENT) {
				add(events, node, "date", TimelineEvent.Type.EVENT, "Händelse: " + node.name());
			}
			else if ("PROPOSED".equals(node.property("decisionStage"))) {
				add(events, node, "date", TimelineEvent.Type.PROPOSED, "Beslutsförslag: " + node.name());
			}
			else {
				add(events, node, "date", TimelineEvent.Type.DECIDED, "Beslut: " + node.name());
			}
		}
		events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(e -> e.node().name()));
		return events;
	}

	private static void add(List<TimelineEvent> events, GraphNode node, String property, TimelineEvent.Type type, String text) {
		Object value = node.property(property);
		if (value instanceof String date) {
			PartialDate parsed = PartialDate.parse(date);
			events.add(new TimelineEvent(parsed.start(), parsed.precision(), type, node, text));
		}
	}

}
