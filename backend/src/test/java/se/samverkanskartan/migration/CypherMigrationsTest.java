package se.samverkanskartan.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherMigrationsTest {

	@Test
	void statementsAreSplitAtSemicolonsEndingALineAndCommentsDropped() {
		assertThat(CypherMigrations.statements("""
				// why
				CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;
				CREATE FULLTEXT INDEX b IF NOT EXISTS FOR (n:B) ON EACH [n.name]
				OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
				""")).hasSize(2).last().asString().startsWith("CREATE FULLTEXT INDEX").endsWith("} }");
	}

}
