package se.samverkanskartan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;
import se.samverkanskartan.embedded.EmbeddedNeo4j;
import se.samverkanskartan.embedded.EmbeddedNeo4jProperties;
import se.samverkanskartan.gap.AgreementGapReport;
import se.samverkanskartan.gap.GapAnalysis;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.migration.CypherMigrations;

/**
 * A backup restored into an empty database is the same graph: ids, labels, properties (dates included),
 * relationships, evidence and whatever else the graph holds. Proved with a second, real Neo4j engine. An export in
 * the import's columns, edited and imported back over HTTP, changes what was edited and nothing else; GraphML
 * carries what Gephi and yEd lay out and filter by.
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

	@Autowired
	GapAnalysis gapAnalysis;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	@TempDir
	Path temp;

	private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

	private static final String EDITOR = "editor:editor-dev";

	private static final String ADMIN = "admin:admin-dev";

	private static final String VIEWER = "viewer";

	private final HttpClient http = HttpClient.newHttpClient();

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
	void graphMlDeclaresTypedAttributesWithCoordinatesAgreementStatusAndGapMarks() throws Exception {
		HttpResponse<String> response = get("/export/graph.graphml?asOf=2024-06-01", EDITOR);
		assertThat(response.statusCode()).isEqualTo(200);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
		Map<String, String> types = new HashMap<>();
		NodeList keys = xml.getElementsByTagNameNS(GRAPHML, "key");
		for (int i = 0; i < keys.getLength(); i++) {
			Element key = (Element) keys.item(i);
			types.put(key.getAttribute("for") + ":" + key.getAttribute("attr.name"), key.getAttribute("attr.type"));
		}
		assertThat(types).containsEntry("node:latitude", "double").containsEntry("node:longitude", "double")
			.containsEntry("node:validFrom", "string").containsEntry("node:validTo", "string")
			.containsEntry("node:provenance", "string").containsEntry("node:status", "string")
			.containsEntry("node:gap", "boolean").containsEntry("node:gapKind", "string")
			.containsEntry("node:gapReason", "string").containsEntry("edge:validFrom", "string")
			.containsEntry("edge:provenance", "string").containsEntry("graph:asOf", "string");
		Map<String, Element> nodes = byId(xml.getElementsByTagNameNS(GRAPHML, "node"));
		assertThat(nodes).hasSizeGreaterThan(200);
		assertThat(xml.getElementsByTagNameNS(GRAPHML, "edge").getLength()).isGreaterThan(300);
		assertThat(response.body()).contains("Universitetssjukhuset Örebro");

		Element sus = nodes.get("hospital-sus");
		assertThat(data(sus, "kind")).isEqualTo("HOSPITAL");
		assertThat(Double.parseDouble(data(sus, "latitude"))).isBetween(55.0, 56.0);
		assertThat(Double.parseDouble(data(sus, "longitude"))).isBetween(12.5, 13.5);
		// Placed for yEd where it lies: further south than Örebro, so further down.
		assertThat(Double.parseDouble(geometry(sus).getAttribute("y")))
			.isGreaterThan(Double.parseDouble(geometry(nodes.get("hospital-uso")).getAttribute("y")));
		// Without coordinates, a node has none, rather than 0.
		assertThat(data(nodes.get("region-skane"), "latitude")).isNull();
		assertThat(data(nodes.get("agreement-sodra-samverkansavtal"), "status")).isEqualTo("IN_FORCE");
		assertThat(data(nodes.get("agreement-sodra-samverkansavtal"), "binding")).isEqualTo("true");
		assertThat(data(nodes.get("agreement-sodra-nivastrukturering-saknas"), "status")).isEqualTo("STATED_MISSING");

		Element delprojekt = nodes.get("assignment-delprojekt-28");
		assertThat(data(delprojekt, "gap")).isEqualTo("true");
		assertThat(data(delprojekt, "gapKind")).isEqualTo("STATED");
		assertThat(data(delprojekt, "gapReason")).startsWith("Källan anger att avtal saknas");
		// Exactly the cooperation the gap analysis finds on that day is marked; the rest of it says false.
		AgreementGapReport gaps = this.gapAnalysis.analyse(LocalDate.parse("2024-06-01"), null);
		Set<String> marked = new HashSet<>();
		Set<String> unmarked = new HashSet<>();
		nodes.forEach((id, node) -> {
			if ("true".equals(data(node, "gap"))) {
				marked.add(id);
			}
			else if ("false".equals(data(node, "gap"))) {
				unmarked.add(id);
			}
		});
		assertThat(marked).containsExactlyInAnyOrderElementsOf(java.util.stream.Stream
			.concat(gaps.stated().stream(), gaps.derived().stream()).map(gap -> gap.cooperation().id()).toList());
		assertThat(unmarked).isNotEmpty().allMatch(id -> id.startsWith("flow-") || id.startsWith("assignment-")
				|| id.startsWith("group-"));
		assertThat(data(sus, "gap")).isNull();

		// Cooperation not yet valid on the day asked is not analysed, so it carries no mark either way.
		Document earlier = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
				get("/export/graph.graphml?asOf=2022-01-01", EDITOR).body())));
		Map<String, Element> before = byId(earlier.getElementsByTagNameNS(GRAPHML, "node"));
		assertThat(data(nodes.get("assignment-skane-riktat-uppdrag-tillganglighet"), "gap")).isNotNull();
		assertThat(data(before.get("assignment-skane-riktat-uppdrag-tillganglighet"), "gap")).isNull();

		HttpResponse<String> badDay = get("/export/graph.graphml?asOf=juni", EDITOR);
		assertThat(badDay.statusCode()).isEqualTo(400);
		assertThat(badDay.body()).contains("asOf");
	}

	@Test
	void anExportInTheImportsColumnsEditedInASpreadsheetImportsBack() throws Exception {
		// Facts of this test's own, so that what it changes no other test in this application reads.
		HttpResponse<String> setup = post("/import/Unit", """
				id,name,aliases,description,provenance,reason,validFrom,internal,specialty,evidenceDocument,evidenceLocator,evidenceQuote
				unit-rundresa-a,Rundresa A,RA; Rund A,Beskrivning A,INFERRED,Testets egen enhet,2024-03,,-5,doc-skane-2023-operationssamarbete,rad 41,Handlingsplanen har haft ett stort fokus
				unit-rundresa-b,Rundresa B,,Beskrivning B,STATED,,2023,true,'@kirurgi,,,
				""", "");
		assertThat(setup.statusCode()).as(setup.body()).isEqualTo(200);
		try {
			HttpResponse<String> setupRelation = post("/import/relations", """
					id,type,from,to,provenance,reason,validFrom
					rel-rundresa-a,PART_OF,unit-rundresa-a,hospital-sus,INFERRED,=SUM(A1),2024
					""", "");
			assertThat(setupRelation.statusCode()).as(setupRelation.body()).isEqualTo(200);
			long nodes = count("MATCH (n:Entity) RETURN count(n)");
			long relations = count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)");

			String units = get("/export/import/Unit.csv", EDITOR).body();
			String links = get("/export/import/relations.csv", EDITOR).body();
			// Exactly the template's columns, byte order mark included.
			assertThat(units.lines().findFirst()).isEqualTo(get("/import/template/Unit.csv", ADMIN).body().lines().findFirst());
			assertThat(links.lines().findFirst())
				.isEqualTo(get("/import/template/relations.csv", ADMIN).body().lines().findFirst());
			// Dates at their precision, lists with semicolons, and formula-like texts guarded by an apostrophe.
			assertThat(units).contains("\r\nunit-rundresa-a,Rundresa A,RA; Rund A,Beskrivning A,INFERRED,Testets egen enhet,"
					+ "2024-03,,false,'-5,doc-skane-2023-operationssamarbete,rad 41,Handlingsplanen har haft ett stort fokus\r\n")
				// An internal fact is in the export of an editor, who may see it, and marked so.
				.contains("\r\nunit-rundresa-b,Rundresa B,,Beskrivning B,STATED,,2023,,true,'@kirurgi,,,\r\n");
			assertThat(links).contains("\r\nrel-rundresa-a,PART_OF,unit-rundresa-a,hospital-sus,INFERRED,'=SUM(A1),2024,,false,");

			// Imported back as it is, every row is unchanged and nothing is written, not even to the audit trail.
			long audited = count("MATCH (a:AuditEntry) RETURN count(a)");
			for (String[] file : new String[][] { { "Unit", units }, { "relations", links } }) {
				JsonNode same = json(post("/import/" + file[0], file[1], ""));
				assertThat(same.get("applied").asBoolean()).as(file[0]).isTrue();
				assertThat(same.get("created")).as(file[0]).isEmpty();
				assertThat(same.get("updated")).as(file[0]).isEmpty();
				assertThat(same.get("unchanged").size()).as(file[0]).isEqualTo((int) file[1].lines().count() - 1);
			}
			assertThat(count("MATCH (a:AuditEntry) RETURN count(a)")).isEqualTo(audited);

			// A person edits three cells: a name, and two texts typed as '=SUM(A1) and -5, which the spreadsheet
			// program saves without the apostrophe.
			String editedUnits = units.replace("\r\nunit-rundresa-a,Rundresa A,", "\r\nunit-rundresa-a,\"Rundresa A, ändrad\",")
				.replace(",Beskrivning B,", ",=SUM(A1),");
			// A file may hold only the rows to change: here the relationship's, with its reason edited.
			String editedLink = links.lines().findFirst().orElseThrow() + "\r\n" + links.lines()
				.filter(line -> line.startsWith("rel-rundresa-a,")).findFirst().orElseThrow()
				.replace(",INFERRED,'=SUM(A1),2024,", ",INFERRED,-5 enligt källan,2024,") + "\r\n";
			JsonNode dryRun = json(post("/import/Unit?dryRun=true", editedUnits, ""));
			assertThat(dryRun.get("applied").asBoolean()).isFalse();
			assertThat(texts(dryRun.get("updated"))).containsExactly("unit-rundresa-a", "unit-rundresa-b");
			assertThat(dryRun.get("created")).isEmpty();
			assertThat(dryRun.get("errors")).isEmpty();
			assertThat(graphQl().at("/data/nodes/0/name").asString()).isEqualTo("Rundresa A");

			JsonNode imported = json(post("/import/Unit", editedUnits, ""));
			assertThat(imported.get("applied").asBoolean()).as(imported.toString()).isTrue();
			assertThat(texts(imported.get("updated"))).containsExactly("unit-rundresa-a", "unit-rundresa-b");
			JsonNode importedLinks = json(post("/import/relations", editedLink, ""));
			assertThat(importedLinks.get("applied").asBoolean()).as(importedLinks.toString()).isTrue();
			assertThat(texts(importedLinks.get("updated"))).containsExactly("rel-rundresa-a");

			JsonNode read = graphQl();
			assertThat(read.at("/data/nodes/0/name").asString()).isEqualTo("Rundresa A, ändrad");
			assertThat(read.at("/data/nodes/0/specialty").asString()).isEqualTo("-5");
			assertThat(texts(read.at("/data/nodes/0/aliases"))).containsExactly("RA", "Rund A");
			assertThat(read.at("/data/nodes/0/validity/from").asString()).isEqualTo("2024-03-01");
			assertThat(read.at("/data/nodes/0/evidence/0/locator").asString()).isEqualTo("rad 41");
			assertThat(read.at("/data/nodes/0/evidence").size()).isEqualTo(1);
			assertThat(read.at("/data/nodes/0/relations/0/reason").asString()).isEqualTo("-5 enligt källan");
			assertThat(read.at("/data/nodes/1/description").asString()).isEqualTo("=SUM(A1)");
			assertThat(read.at("/data/nodes/1/specialty").asString()).isEqualTo("@kirurgi");
			// Everything else is as it was: the same facts, and the same export but for the edited cells.
			assertThat(count("MATCH (n:Entity) RETURN count(n)")).isEqualTo(nodes);
			assertThat(count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)")).isEqualTo(relations);
			assertThat(get("/export/import/Unit.csv", EDITOR).body()).isEqualTo(editedUnits.replace(",=SUM(A1),", ",'=SUM(A1),"));
			assertThat(get("/export/import/relations.csv", EDITOR).body())
				.isEqualTo(links.replace(",INFERRED,'=SUM(A1),2024,", ",INFERRED,'-5 enligt källan,2024,"));
		}
		finally {
			this.client.query("MATCH (n:Entity) WHERE n.id IN ['unit-rundresa-a', 'unit-rundresa-b'] DETACH DELETE n").run();
		}
	}

	@Test
	void theImportableExportIsForEditorsAndNamesAnUnknownKind() throws Exception {
		assertThat(get("/export/import/Unit.csv", VIEWER).statusCode()).isEqualTo(403);
		HttpResponse<String> unknown = get("/export/import/Sjukhus.csv", EDITOR);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("'Sjukhus'", "Hospital", "relations");
	}

	private JsonNode graphQl() throws Exception {
		String query = "{ nodes(ids: [\\\"unit-rundresa-a\\\", \\\"unit-rundresa-b\\\"]) { id name aliases description "
				+ "validity { from } evidence { locator } ... on Unit { specialty relations(types: [PART_OF]) { id reason } } } }";
		return json(post("/graphql", "{\"query\":\"" + query + "\"}", "application/json"));
	}

	private JsonNode json(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.asString()));
		return texts;
	}

	private long count(String cypher) {
		return this.client.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private static Map<String, Element> byId(NodeList list) {
		Map<String, Element> elements = new HashMap<>();
		for (int i = 0; i < list.getLength(); i++) {
			Element element = (Element) list.item(i);
			elements.put(element.getAttribute("id"), element);
		}
		return elements;
	}

	private static String data(Element node, String key) {
		NodeList data = node.getElementsByTagNameNS(GRAPHML, "data");
		for (int i = 0; i < data.getLength(); i++) {
			Element element = (Element) data.item(i);
			if (element.getAttribute("key").equals(key)) {
				return element.getTextContent();
			}
		}
		return null;
	}

	private static Element geometry(Element node) {
		return (Element) node.getElementsByTagNameNS("http://www.yworks.com/xml/graphml", "Geometry").item(0);
	}

	private HttpResponse<String> get(String path, String user) throws Exception {
		return this.http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A file to import, as an administrator; or, with a content type, a GraphQL request. */
	private HttpResponse<String> post(String path, String body, String type) throws Exception {
		return this.http.send(request(path, ADMIN).header("Content-Type", type.isEmpty() ? "text/csv" : type)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		return user.equals(VIEWER) ? request.header("X-API-Key", TestCredentials.VIEWER_KEY)
				: request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
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
