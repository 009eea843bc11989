package se.samverkanskartan.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.graph.RelationType;

/**
 * A relationship is found by its id through an index, whatever the size of the graph: every type has a range index
 * on {@code id} (V004), and the queries that look an id up seek in them instead of scanning relationships.
 */
@GraphApplicationTest
class RelationIdIndexTest {

	@Autowired
	Driver driver;

	@Test
	void everyRelationTypeHasAnIndexOnItsId() {
		try (var session = this.driver.session()) {
			List<String> indexed = session.run("""
					SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties, state
					WHERE type = 'RANGE' AND entityType = 'RELATIONSHIP' AND properties = ['id'] AND state = 'ONLINE'
					RETURN labelsOrTypes[0] AS type""").list(r -> r.get("type").asString());
			assertThat(indexed).as("relation types with an index on id (schema/migrations/V004__relation_ids.cypher)")
				.containsAll(Arrays.stream(RelationType.values()).map(Enum::name).toList());
		}
	}

	@Test
	void lookingUpARelationshipByIdSeeksInTheIndexes() {
		for (String query : List.of(RelationStore.BY_ID + " RETURN r", ImportStore.RELATIONS)) {
			List<String> operators = operators(query);
			assertThat(operators).as(query).contains("DirectedRelationshipIndexSeek")
				.noneMatch(op -> op.contains("Scan") && !op.contains("Index") || op.startsWith("Expand"));
			// Each type through its own index on id. The planner may scan an index that its statistics say holds
			// next to nothing (a type the tests before this one left nearly empty) instead of seeking in it.
			assertThat(operators.stream().filter(op -> op.startsWith("DirectedRelationshipIndex"))).as(query)
				.hasSize(RelationType.values().length);
		}
	}

	private List<String> operators(String query) {
		try (var session = this.driver.session()) {
			Plan plan = session.run("EXPLAIN " + query, Map.of("id", "x", "ids", List.of("x"))).consume().plan();
			List<String> operators = new ArrayList<>();
			collect(plan, operators);
			return operators;
		}
	}

	private static void collect(Plan plan, List<String> operators) {
		// Operator names carry the runtime, e.g. "DirectedRelationshipIndexSeek@neo4j".
		operators.add(plan.operatorType().replaceAll("@.*", ""));
		plan.children().forEach(child -> collect(child, operators));
	}

}
