package se.samverkanskartan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.embedded.EmbeddedNeo4j;
import se.samverkanskartan.embedded.EmbeddedNeo4jProperties;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.migration.CypherMigrations;

/**
 * A backup restored into an empty database is the same graph: ids, labels, properties (dates included),
 * relationships, evidence and whatever else the graph holds. Proved with a second, real Neo4j engine.
 */
@GraphApplicationTest
class ExchangeRoundTripTest {

	@Autowired
	GraphExporter exporter;

	@Autowired
	GraphImporter importer;

	@Autowired
	BackupFiles files;

	@Autowired
	GraphMlWriter graphMl;

	@Autowired
	CsvWriter csv;

	@Autowired
	Neo4jClient client;

	@Autowired
	ResourcePatternResolver resolver;

	@TempDir
	Path temp;

	@Test
	void aBackupRestoredIntoAnEmptyDatabaseIsTheSameGraph() {
		GraphDump original = this.exporter.export();
		assertThat(original.nodes()).hasSizeGreaterThan(500);
		assertThat(original.relationships()).anyMatch(r -> r.type().equals("EVIDENCED_BY"));
		Path file = this.temp.resolve("backup.json");
		this.files.write(original, file);

		try (EmbeddedNeo4j second = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(this.temp.resolve("second"), 0, "32m",
				java.time.Duration.ZERO, org.springframework.util.unit.DataSize.ofMegabytes(1), java.time.Duration.ofSeconds(60)));
				Driver driver = GraphDatabase.driver(second.boltUri(), AuthTokens.none())) {
			new CypherMigrations(driver, this.resolver, "classpath:migrations/").apply();
			Neo4jClient client = Neo4jClient.create(driver);
			TransactionTemplate transactions = new TransactionTemplate(Neo4jTransactionManager.with(driver).build());
			new GraphImporter(client, transactions).restore(this.files.read(file));

			GraphDump restored = new GraphExporter(client).export();
			assertThat(restored.nodes()).containsExactlyElementsOf(original.nodes());
			assertThat(restored.relationships()).containsExactlyElementsOf(original.relationships());
			assertThat(restored).isEqualTo(original);
			assertThatIllegalStateException().isThrownBy(() -> new GraphImporter(client, transactions).restore(original))
				.withMessageContaining("not empty");
		}
	}

	@Test
	void restoringIntoAGraphThatHoldsDataIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> this.importer.restore(this.exporter.export()))
			.withMessageContaining("The graph is not empty");
	}

	@Test
	void graphMlIsWellFormedWithEveryNodeAndEdge() throws Exception {
		StringWriter out = new StringWriter();
		this.graphMl.write(out);
		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new InputSource(new StringReader(out.toString())));
		assertThat(xml.getElementsByTagName("node").getLength()).isGreaterThan(200);
		assertThat(xml.getElementsByTagName("edge").getLength()).isGreaterThan(300);
		assertThat(out.toString()).contains("Universitetssjukhuset Örebro");
	}

	@Test
	void csvPerKindQuotesWhatNeedsQuotingAndCarriesTheEvidence() throws Exception {
		StringWriter out = new StringWriter();
		this.csv.write(NodeKind.HOSPITAL, out);
		String[] lines = out.toString().split("\r\n");
		assertThat(lines[0]).startsWith("id,name,aliases,description,provenance,reason,validFrom,validTo,city,latitude");
		// One line per hospital in the graph (other tests in this shared application may have added some).
		long hospitals = this.client.query("MATCH (n:Entity {kind: 'HOSPITAL'}) RETURN count(n)").fetchAs(Long.class)
			.one().orElseThrow();
		assertThat(hospitals).isGreaterThanOrEqualTo(15);
		assertThat(lines).hasSize((int) hospitals + 1);
		assertThat(out.toString()).contains("hospital-sus,Skånes universitetssjukhus").contains("\"");
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAsFormulasComeOutAsText() throws Exception {
		this.client.query("CREATE (:Entity:Unit {id: 'unit-csv-formula', kind: 'UNIT', provenance: 'STATED', "
				+ "name: '=HYPERLINK(\"http://example.org\",\"klicka\")', description: '+cmd|\\' /C calc\\'!A0', "
				+ "specialty: '@SUM(1)'})").run();
		try {
			StringWriter out = new StringWriter();
			this.csv.write(NodeKind.UNIT, out);
			String line = out.toString().lines().filter(l -> l.startsWith("unit-csv-formula")).findFirst().orElseThrow();
			assertThat(line).contains(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"klicka\"\")\",")
				.contains(",'+cmd|' /C calc'!A0,").contains(",'@SUM(1),");
		}
		finally {
			this.client.query("MATCH (n:Entity {id: 'unit-csv-formula'}) DETACH DELETE n").run();
		}
	}

}
