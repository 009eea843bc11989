package se.samverkanskartan.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.QueryPlans;

/**
 * A filtered map and a neighbourhood read what they return: every query behind them starts from an index seek on
 * the chosen ids or kinds, never from a scan of every node, so their cost does not grow with the rest of the graph.
 * Checked on the real engine's plans.
 */
@GraphApplicationTest
class ScopedReadPlanTest {

	@Autowired
	Driver driver;

	@Test
	void scopingByRegionCareAreaOrKindSeeksInsteadOfScanning() {
		assertThat(operators(NetworkScope.BY_REGION)).containsAnyOf("NodeUniqueIndexSeek", "NodeIndexSeek")
			.doesNotContainAnyElementsOf(QueryPlans.SCANS);
		assertThat(operators(NetworkScope.BY_CARE_AREA)).doesNotContainAnyElementsOf(QueryPlans.SCANS);
		assertThat(operators(NetworkScope.BY_KIND)).contains("NodeIndexSeek").doesNotContainAnyElementsOf(QueryPlans.SCANS);
		assertThat(operators(NetworkScope.CONTEXT)).doesNotContainAnyElementsOf(QueryPlans.SCANS);
	}

	@Test
	void readingTheNodesOfAScopeSeeksThemWhereTheWholeNetworkReadsEveryNode() {
		assertThat(operators(NetworkReader.AMONG)).doesNotContainAnyElementsOf(QueryPlans.SCANS);
		assertThat(operators(NetworkReader.ALL)).containsAnyElementsOf(QueryPlans.SCANS);
	}

	private java.util.Set<String> operators(String query) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("asOf", LocalDate.of(2026, 6, 1));
		parameters.put("seeInternal", false);
		parameters.put("types", List.of("OPERATES", "FROM"));
		for (String list : List.of("core", "ids", "careAreas", "kinds", "belonging", "cooperation", "organisation")) {
			parameters.put(list, List.of("region-skane"));
		}
		return QueryPlans.operators(this.driver, query, parameters);
	}

}
