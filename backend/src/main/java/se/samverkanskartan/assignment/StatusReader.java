package se.samverkanskartan.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.LatestStatus;

/** Reads the reported statuses of many assignments in one query, in {@link LatestStatus}'s order. */
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
				RETURN a.id AS owner, s.id AS id, coalesce(s.kind, 'REPORTED') AS kind, s.date AS date,
				       coalesce(s.precision, 'DAY') AS precision, coalesce(s.reportedOn, toString(s.date)) AS reportedOn,
				       s.status AS status, s.note AS note, s.reason AS reason
				ORDER BY %s, s.id""".formatted(LatestStatus.OLDEST_FIRST))
			.bind(List.copyOf(assignmentIds)).to("ids")
			.fetch().all()
			.forEach(row -> statuses.get((String) row.get("owner")).add(new StatusObservation((String) row.get("id"),
					(String) row.get("kind"), (LocalDate) row.get("date"), (String) row.get("precision"),
					(String) row.get("reportedOn"), (String) row.get("status"), (String) row.get("note"),
					(String) row.get("reason"))));
		return statuses;
	}

}
