package se.samverkanskartan.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.GraphApplicationTest;

/**
 * A facility whose kind was written as free text before the kind became a closed set still reads after V006: its kind
 * is OTHER and the text it had stands at the end of its description, so nothing written is lost.
 */
@GraphApplicationTest
class FacilityKindMigrationTest {

	@Autowired
	Neo4jClient client;

	@Test
	void aFreeTextKindBecomesOtherAndMovesIntoTheDescription() throws IOException {
		this.client.query("""
				CREATE (:Entity:Facility {id: 'facility-migration-test', kind: 'FACILITY', name: 'Migreringstest',
				        provenance: 'STATED', description: 'En sal.', facilityKind: 'Operationssal'})""").run();
		try {
			String migration = new ClassPathResource("migrations/V006__facility_kind_choice.cypher")
				.getContentAsString(StandardCharsets.UTF_8);
			CypherMigrations.statements(migration).forEach(statement -> this.client.query(statement).run());
			Map<String, Object> facility = this.client.query("""
					MATCH (n:Facility {id: 'facility-migration-test'}) RETURN n.facilityKind AS kind, n.description AS description""")
				.fetch().one().orElseThrow();
			assertThat(facility).containsEntry("kind", "OTHER").containsEntry("description", "En sal. (Typ: Operationssal)");
			assertThat(this.client.query("MATCH (n:Facility) WHERE NOT n.facilityKind IN ['PRODUCTION_THEATRE', 'OTHER'] RETURN count(n)")
				.fetchAs(Long.class).one()).contains(0L);
		}
		finally {
			this.client.query("MATCH (n:Facility {id: 'facility-migration-test'}) DETACH DELETE n").run();
		}
	}

}
