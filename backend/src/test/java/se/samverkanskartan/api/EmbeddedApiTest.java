package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.QueryCounter;

/** The API suite against the engine embedded in the process, as a user runs it by default. */
@GraphApplicationTest
class EmbeddedApiTest extends ApiSuite {

	@Autowired
	QueryCounter queries;

	@Autowired
	Driver driver;

	@Test
	void theEngineReportsNothingToNeo4j() {
		String reporting = this.driver.executableQuery(
				"SHOW SETTINGS YIELD name, value WHERE name = 'dbms.usage_report.enabled' RETURN value")
			.execute().records().getFirst().get("value").asString();
		assertThat(reporting).isEqualTo("false");
	}

	@Test
	void nestedFieldsCostTheSameNumberOfQueriesWhateverTheNumberOfRows() {
		int forTwo = queriesFor(2);
		int forFifteen = queriesFor(15);
		assertThat(forTwo).isPositive();
		assertThat(forFifteen).isEqualTo(forTwo);
	}

	private int queriesFor(int hospitals) {
		this.queries.reset();
		this.graphQl.documentName("nested").variable("first", hospitals).execute()
			.path("hospitals.edges").entityList(Object.class).hasSize(hospitals);
		return this.queries.count();
	}

}
