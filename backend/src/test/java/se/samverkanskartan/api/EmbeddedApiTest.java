package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.QueryCounter;

/** The API suite against the engine embedded in the process, as a user runs it by default. */
@GraphApplicationTest
class EmbeddedApiTest extends ApiSuite {

	@Autowired
	QueryCounter queries;

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
