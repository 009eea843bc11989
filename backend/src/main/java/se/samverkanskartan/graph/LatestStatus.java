package se.samverkanskartan.graph;

/**
 * The order of an assignment's status observations, and which of them holds on a date, in one place for every
 * read that needs it (the statuses list, {@code latestStatus}, the {@code status} filter, the map): oldest first,
 * and on the same day a forecast before the reported state, so that the last one on or before {@code $asOf} is the
 * fact where there is one. A forecast holds once the day it is for has come, and stays marked as a forecast.
 */
public final class LatestStatus {

	/** Observations {@code s}, oldest first; on one day the reported state comes after a forecast. */
	public static final String OLDEST_FIRST = "s.date, CASE coalesce(s.kind, 'REPORTED') WHEN 'FORECAST' THEN 0 ELSE 1 END";

	private static final String LATEST = """
			last(COLLECT { MATCH (%s)-[:HAS_STATUS]->(s:StatusObservation) WHERE s.date <= $asOf
			               RETURN %s ORDER BY %s })""";

	private LatestStatus() {
	}

	/** The status of the latest observation of {@code node} on {@code $asOf}, or null: compare with {@code $status}. */
	public static String state(String node) {
		return LATEST.formatted(node, "s.status", OLDEST_FIRST);
	}

	/** {@code {status, kind, date}} of the latest observation of {@code node} on {@code $asOf}, or null. */
	public static String observation(String node) {
		return LATEST.formatted(node, "{status: s.status, kind: coalesce(s.kind, 'REPORTED'), date: s.date}", OLDEST_FIRST);
	}

}
