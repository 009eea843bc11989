package se.samverkanskartan.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;
import se.samverkanskartan.migration.CypherMigrations;

/**
 * Loading the data files: broken files stop the load with the problem and its place, and change nothing; facts
 * edited through the API are left as edited.
 */
@GraphApplicationTest
class SeedLoaderTest {

	private static final String DOCUMENT = """
			documents:
			  - id: doc-test
			    kind: SOURCE
			    file: 001_bd743661f471e690.txt
			    title: Testkälla
			""";

	@LocalServerPort
	int port;

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

	@Test
	void factsEditedOrDeletedThroughTheApiSurviveAReloadOfTheDataFiles() {
		HttpGraphQlTester editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		String relation = "region-kronoberg--OPERATES--hospital-ljungby";
		editor.documentName("updateNode").variable("input", Map.of("id", "care-operation", "version", 0,
				"description", "Redigerad i kartan")).execute().path("updateNode.version").entity(Integer.class).isEqualTo(1);
		editor.documentName("updateRelation").variable("input", Map.of("id", relation, "version", 0,
				"reason", "Kontrollerad mot regionens webbplats")).execute().path("updateRelation.version").entity(Integer.class)
			.isEqualTo(1);
		editor.documentName("deleteNode").variable("id", "unit-karlskoga-palliativa-enheten").variable("version", 0)
			.execute().path("deleteNode").hasValue();
		long before = count();

		// A change to the data files writes the catalogue again; edited and deleted facts stay as edited.
		SeedReader real = new SeedReader(this.resolver, "classpath:data/", "classpath:sources/");
		new TransactionTemplate(this.transactions)
			.executeWithoutResult(status -> new SeedWriter(this.client).write(real.read()));

		assertThat(count()).isEqualTo(before);
		assertThat(this.client.query("MATCH (n:Entity {id: 'care-operation'}) RETURN n.description + ' v' + n.version")
			.fetchAs(String.class).one()).hasValue("Redigerad i kartan v1");
		assertThat(this.client.query("MATCH ()-[r]->() WHERE r.id = $id RETURN r.reason").bind(relation).to("id")
			.fetchAs(String.class).all()).containsExactly("Kontrollerad mot regionens webbplats");
		assertThat(this.client.query("MATCH (n:Entity {id: 'unit-karlskoga-palliativa-enheten'}) RETURN count(n)")
			.fetchAs(Long.class).one()).hasValue(0L);
		// Facts nobody edited are seed facts at version 0, as loaded.
		assertThat(this.client.query("MATCH (n:Entity {id: 'hospital-sus'}) RETURN n.seed AND n.version = 0")
			.fetchAs(Boolean.class).one()).hasValue(true);
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
