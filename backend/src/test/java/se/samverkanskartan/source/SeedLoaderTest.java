package se.samverkanskartan.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.migration.CypherMigrations;

/** Loading the data files: broken files stop the load with the problem and its place, and change nothing. */
@GraphApplicationTest
class SeedLoaderTest {

	private static final String DOCUMENT = """
			documents:
			  - id: doc-test
			    kind: SOURCE
			    file: 001_bd743661f471e690.txt
			    title: Testkälla
			""";

	@Autowired
	ResourcePatternResolver resolver;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	CypherMigrations migrations;

	@TempDir
	Path data;

	@Test
	void aQuoteThatDoesNotStandInItsLinesIsRefusedWithFileLineAndEntry() throws IOException {
		write("nodes.yaml", DOCUMENT + """
				nodes:
				  - id: group-opti
				    kind: Group
				    name: OpTi
				    evidence:
				      - document: doc-test
				        lines: 85-87
				        quote: "formella avtal finns"
				""");
		assertThatThrownBy(() -> reader().read()).isInstanceOf(DataFileException.class)
			.hasMessageContaining("nodes.yaml:11 (group-opti)")
			.hasMessageContaining("does not stand in lines 85-87 of 'doc-test'");
	}

	@Test
	void everyProblemIsListedWithItsPlace() throws IOException {
		write("a.yaml", DOCUMENT + """
				nodes:
				  - id: Not A Slug
				    kind: Hospitl
				    name: X
				    provenance: STATED
				    evidence:
				      - document: doc-test
				        lines: 500
				        quote: x
				relations:
				  - type: OPERATES
				    from: region-nowhere
				    to: group-nothing
				    reason: no evidence here
				""");
		assertThatThrownBy(() -> reader().read()).isInstanceOfSatisfying(DataFileException.class, ex -> {
			assertThat(ex.problems()).extracting(DataProblem::message)
				.anySatisfy(m -> assertThat(m).startsWith("id: must be a lower-case slug"))
				.anySatisfy(m -> assertThat(m).startsWith("kind: must be one of"))
				.anySatisfy(m -> assertThat(m).contains("lines 500 are outside 'doc-test'"))
				.anySatisfy(m -> assertThat(m).contains("no node with the id 'region-nowhere'"));
			assertThat(ex.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("a.yaml"));
		});
	}

	@Test
	void aRelationBetweenKindsItCannotJoinIsRefused() throws IOException {
		write("b.yaml", DOCUMENT + """
				nodes:
				  - id: care-x
				    kind: CareArea
				    name: X
				    reason: test
				  - id: care-y
				    kind: CareArea
				    name: Y
				    reason: test
				relations:
				  - type: OPERATES
				    from: care-x
				    to: care-y
				    reason: test
				""");
		assertThatThrownBy(() -> reader().read()).hasMessageContaining("OPERATES cannot go from a CareArea to a CareArea");
	}

	@Test
	void invalidYamlNamesTheLine() throws IOException {
		write("c.yaml", "nodes:\n  - id: x\n    name: [unclosed\n");
		assertThatThrownBy(() -> reader().read()).hasMessageContaining("c.yaml:").hasMessageContaining("is not valid YAML");
	}

	@Test
	void aBrokenFileLeavesTheGraphAsItWas() throws IOException {
		long before = count();
		String checksum = checksum();
		write("d.yaml", DOCUMENT + "nodes:\n  - id: x\n    kind: Region\n");
		GraphInitializer initializer = new GraphInitializer(this.migrations, reader(), this.client,
				new TransactionTemplate(this.transactions));
		assertThatThrownBy(initializer::load).isInstanceOf(DataFileException.class);
		assertThat(count()).isEqualTo(before).isGreaterThan(100);
		assertThat(checksum()).isEqualTo(checksum);
	}

	@Test
	void loadingTheSameFilesAgainChangesNothing() {
		SeedReader real = new SeedReader(this.resolver, "classpath:data/", "classpath:sources/");
		long before = count();
		new TransactionTemplate(this.transactions)
			.executeWithoutResult(status -> new SeedWriter(this.client).write(real.read()));
		assertThat(count()).isEqualTo(before);
	}

	private SeedReader reader() {
		return new SeedReader(this.resolver, this.data.toUri().toString(), "classpath:sources/");
	}

	private void write(String name, String yaml) throws IOException {
		Files.writeString(this.data.resolve(name), yaml);
	}

	/** Nodes plus relationships: any change to the graph changes it. */
	private long count() {
		return this.client.query("MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() WITH nodes, count(r) AS relationships RETURN nodes + relationships")
			.fetchAs(Long.class).one().orElseThrow();
	}

	private String checksum() {
		return this.client.query("MATCH (s:SeedState) RETURN s.checksum").fetchAs(String.class).one().orElseThrow();
	}

}
