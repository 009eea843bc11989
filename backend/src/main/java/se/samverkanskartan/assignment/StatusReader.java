package se.samverkanskartan.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads the reported statuses of many assignments in one query, oldest first. */
@Component
class StatusReader {

	private final Neo4jClient client;

	StatusReader(Neo4jClient client) {
		this.client = client;
	}

	Map<String, List<StatusObservation>> statusesOf(Collection<String> assignmentIds) {
		Map<String, List<StatusObservation>> statuses = new LinkedHashMap<>();
		assignmentIds.forEach(id -> statuses.put(id, new ArrayList<>()));
		this.client.query("""
				MATCH (a:Assignment)-[:HAS_STATUS]->(s:StatusObservation) WHERE a.id IN $ids
				RETURN a.id AS owner, s.id AS id, s.date AS date, s.status AS status, s.note AS note
				ORDER BY s.date, s.id""")
			.bind(List.copyOf(assignmentIds)).to("ids")
			.fetch().all()
			.forEach(row -> statuses.get((String) row.get("owner")).add(new StatusObservation((String) row.get("id"),
					(LocalDate) row.get("date"), (String) row.get("status"), (String) row.get("note"))));
		return statuses;
	}

}
