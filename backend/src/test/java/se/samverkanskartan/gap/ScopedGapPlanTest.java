package se.samverkanskartan.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.QueryPlans;

/**
 * The gaps of what a map draws are found from those cooperation ids, sought in the index: a map of one region does
 * not analyse every cooperation in the country. Checked on the real engine's plan; the results are the API tests'.
 */
@GraphApplicationTest
class ScopedGapPlanTest {

	@Autowired
	Driver driver;

	@Autowired
	GapAnalysis gaps;

	@Test
	void theGapsOfSomeCooperationSeekItInsteadOfScanning() {
		Map<String, Object> parameters = Map.of("asOf", LocalDate.of(2026, 6, 1), "seeInternal", false, "ids",
				List.of("assignment-delprojekt-28"));
		assertThat(QueryPlans.operators(this.driver, GapReads.AMONG, parameters)).doesNotContainAnyElementsOf(QueryPlans.SCANS);
		assertThat(QueryPlans.operators(this.driver, GapReads.ORGANISATIONS, parameters))
			.doesNotContainAnyElementsOf(QueryPlans.SCANS);
		assertThat(QueryPlans.operators(this.driver, GapReads.NODES, parameters)).doesNotContainAnyElementsOf(QueryPlans.SCANS);
	}

	@Test
	void theGapsOfSomeCooperationAreTheirGapsInTheWholeAnalysis() {
		LocalDate day = LocalDate.of(2024, 6, 1);
		AgreementGapReport some = this.gaps.analyseOnly(day, List.of("assignment-delprojekt-28", "flow-delprojekt-28-urologi"));
		AgreementGapReport all = this.gaps.analyse(day, null);
		assertThat(some.stated()).extracting(g -> g.cooperation().id())
			.containsExactlyInAnyOrder("assignment-delprojekt-28", "flow-delprojekt-28-urologi");
		assertThat(some.stated()).allSatisfy(gap -> assertThat(all.stated()).contains(gap));
		assertThat(some.derived()).isEmpty();
	}

}
