package se.samverkanskartan.graph;

/**
 * Which of an assignment's status observations holds on a date, in one place for every read that needs it (the
 * {@code status} filter, the map): the latest on or before {@code $asOf}, a forecast once the day it is for has
 * come (it stays marked as a forecast), and on the same day the reported state before a forecast.
 */
public final class LatestStatus {

	private static final String LATEST = """
			COLLECT { MATCH (%s)-[:HAS_STATUS]->(s:StatusObservation) WHERE s.date <= $asOf
			          RETURN %s ORDER BY s.date DESC,
			                 CASE coalesce(s.kind, 'REPORTED') WHEN 'FORECAST' THEN 0 ELSE 1 END DESC LIMIT 1 }""";

	private LatestStatus() {
	}

	/** A list holding the status of the latest observation of {@code node}, or empty: compare with {@code [$status]}. */
	public static String state(String node) {
		return LATEST.formatted(node, "s.status");
	}

	/** A list holding {@code {status, kind, date}} of the latest observation of {@code node}, or empty. */
	public static String observation(String node) {
		return LATEST.formatted(node, "{status: s.status, kind: coalesce(s.kind, 'REPORTED'), date: s.date}");
	}

}
