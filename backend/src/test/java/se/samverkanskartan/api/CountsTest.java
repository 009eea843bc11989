package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * The counts people ask for, answered by the API instead of a client paging through everything: assignments per
 * status, flows per care area, gaps per care area. Each is checked against the rows it counts, read in full.
 */
@GraphApplicationTest
class CountsTest {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	int port;

	@Test
	void assignmentsPerStatusCountTheWholeFilteredListByLatestStatus() {
		for (String region : new String[] { null, "region-orebro" }) {
			GraphQlTester.Response counts = counts("2024-06-01", region);
			Map<String, Long> expected = new HashMap<>();
			counts.path("allAssignments.edges[*].node").entityList(MAP).get().forEach(node -> {
				Map<?, ?> latest = (Map<?, ?>) node.get("latestStatus");
				expected.merge(latest == null ? "none" : (String) latest.get("status"), 1L, Long::sum);
			});
			Map<String, Long> counted = new HashMap<>();
			counts.path("assignments.countsByStatus").entityList(MAP).get().forEach(count -> counted
				.put(count.get("status") == null ? "none" : (String) count.get("status"), ((Number) count.get("count")).longValue()));
			assertThat(counted).as("region %s", region).isEqualTo(expected).hasSizeGreaterThan(region == null ? 1 : 0);
			assertThat(counted.values().stream().mapToLong(Long::longValue).sum())
				.isEqualTo(counts.path("assignments.totalCount").entity(Long.class).get());
		}
	}

	@Test
	void flowsPerCareAreaCountEachFlowUnderEveryCareAreaItConcerns() {
		GraphQlTester.Response counts = counts("2024-06-01", null);
		Map<String, Long> expected = new HashMap<>();
		counts.path("allFlows.edges[*].node").entityList(MAP).get()
			.forEach(flow -> careAreas(flow).forEach(area -> expected.merge(area, 1L, Long::sum)));
		Map<String, Long> counted = new HashMap<>();
		counts.path("flows.countsByCareArea").entityList(MAP).get().forEach(count -> counted.put(id(count.get("careArea")),
				((Number) count.get("count")).longValue()));
		assertThat(counted).isEqualTo(expected).containsKey("care-urologi");
	}

	@Test
	void gapsPerCareAreaCountStatedAndDerivedGapsApart() {
		GraphQlTester.Response counts = counts("2024-06-01", null);
		Map<String, long[]> expected = new HashMap<>();
		for (int kind = 0; kind < 2; kind++) {
			int column = kind;
			counts.path("agreementGaps." + (kind == 0 ? "stated" : "derived") + "[*].cooperation").entityList(MAP).get()
				.forEach(cooperation -> careAreas(cooperation)
					.forEach(area -> expected.computeIfAbsent(area, a -> new long[2])[column]++));
		}
		Map<String, List<Long>> counted = new HashMap<>();
		counts.path("agreementGaps.perCareArea").entityList(MAP).get().forEach(count -> counted.put(id(count.get("careArea")),
				List.of(((Number) count.get("stated")).longValue(), ((Number) count.get("derived")).longValue())));
		Map<String, List<Long>> expectedLists = new HashMap<>();
		expected.forEach((area, pair) -> expectedLists.put(area, List.of(pair[0], pair[1])));
		assertThat(counted).isEqualTo(expectedLists);
		assertThat(counted.get("care-urologi").getFirst()).as("Delprojekt 28's stated gap concerns urologi").isPositive();
	}

	private GraphQlTester.Response counts(String asOf, String region) {
		return TestCredentials.graphQl(this.port, TestCredentials.viewerKey()).documentName("counts")
			.variable("asOf", asOf).variable("region", region).execute();
	}

	/** The care areas a node concerns, or "none" when it concerns none. */
	private static List<String> careAreas(Map<String, Object> node) {
		List<String> areas = new ArrayList<>();
		for (Object relation : (List<?>) node.get("relations")) {
			Map<?, ?> other = (Map<?, ?>) ((Map<?, ?>) relation).get("other");
			if ("CARE_AREA".equals(other.get("kind"))) {
				areas.add((String) other.get("id"));
			}
		}
		return areas.isEmpty() ? List.of("none") : areas.stream().distinct().toList();
	}

	private static String id(Object node) {
		return node == null ? "none" : (String) Objects.requireNonNull(((Map<?, ?>) node).get("id"));
	}

}
