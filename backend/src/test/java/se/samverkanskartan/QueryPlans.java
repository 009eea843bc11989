package se.samverkanskartan;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/** The operators the real engine's planner chooses for a query, as EXPLAIN shows them, without running it. */
public final class QueryPlans {

	/** Operators that read every node, or every node with a label: a lookup that no index serves. */
	public static final Set<String> SCANS = Set.of("AllNodesScan", "NodeByLabelScan", "NodeIndexScan", "UndirectedAllRelationshipsScan",
			"DirectedAllRelationshipsScan", "UndirectedRelationshipTypeScan", "DirectedRelationshipTypeScan");

	private QueryPlans() {
	}

	public static Set<String> operators(Driver driver, String query, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			Plan plan = session.run("EXPLAIN " + query, parameters).consume().plan();
			Set<String> operators = new LinkedHashSet<>();
			collect(plan, operators);
			return operators;
		}
	}

	private static void collect(Plan plan, Set<String> operators) {
		// Operator names carry the runtime after an @, e.g. "NodeIndexSeek@neo4j".
		operators.add(plan.operatorType().replaceAll("@.*", ""));
		plan.children().forEach(child -> collect(child, operators));
	}

}
