package se.samverkanskartan.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * Importing spreadsheets through HTTP: templates, dry runs, errors by row and column, and nothing written unless
 * the whole file is valid.
 */
@GraphApplicationTest
class SpreadsheetImportTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theTemplateOffersTheKindsColumns() throws Exception {
		HttpResponse<String> csv = get("/import/template/Hospital.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains("id,name,aliases,description,provenance,reason,validFrom,validTo,internal,city,latitude")
			.contains("evidenceDocument,evidenceLocator,evidenceQuote");
		HttpResponse<byte[]> xlsx = this.http.send(request("/import/template/relations.xlsx").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.body()).startsWith('P', 'K');
		// The template read back is a file without rows: the import says so instead of doing nothing silently.
		HttpResponse<String> empty = post("/import/relations?dryRun=true", xlsx.body(), ImportController.XLSX);
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("no rows");
	}

	@Test
	void aDryRunShowsWhatWouldChangeAndWritesNothing() throws Exception {
		long before = count();
		String description = description("care-urologi");
		HttpResponse<String> response = post("/import/CareArea?dryRun=true", """
				id;name;description;provenance;reason
				care-dry-run-test;Provområde;Bara en provkörning;INFERRED;Test av provkörning
				care-urologi;;Ny beskrivning;;
				""");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"dryRun\":true", "\"applied\":false", "\"created\":[\"care-dry-run-test\"]",
				"\"updated\":[\"care-urologi\"]", "\"errors\":[]");
		assertThat(count()).isEqualTo(before);
		assertThat(description("care-urologi")).isEqualTo(description);
	}

	@Test
	void problemsAreNamedByRowAndColumnAndNothingIsWritten() throws Exception {
		long before = count();
		HttpResponse<String> response = post("/import/Hospital", """
				id,name,provenance,reason,validFrom,latitude
				hospital-import-ok,Giltigt sjukhus,INFERRED,Testrad,2024,56.1
				hospital-import-bad,Felaktigt sjukhus,INFERRED,Testrad,januari 2024,norr
				,,STATED,,,
				""");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body())
			.contains("{\"row\":3,\"column\":\"validFrom\"")
			.contains("{\"row\":3,\"column\":\"latitude\"")
			.contains("{\"row\":4,\"column\":\"name\"")
			.contains("\"applied\":false");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anUnknownColumnIsRefusedBeforeAnyRowIsRead() throws Exception {
		HttpResponse<String> response = post("/import/CareArea", "id,name,colour\ncare-x,X,red\n");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("{\"row\":1,\"column\":\"colour\"");
	}

	@Test
	void aValidFileIsWrittenWithEvidenceAndAuditTrail() throws Exception {
		HttpResponse<String> nodes = post("/import/CareArea", """
				id,name,provenance,evidenceDocument,evidenceLocator,evidenceQuote
				care-import-endoskopi,Endoskopi,STATED,doc-skane-2023-operationssamarbete,rad 41,Handlingsplanen har haft ett stort fokus
				""");
		assertThat(nodes.statusCode()).as(nodes.body()).isEqualTo(200);
		assertThat(nodes.body()).contains("\"applied\":true");
		HttpResponse<String> relations = post("/import/relations", """
				type,from,to,provenance,reason
				CONCERNS,assignment-delprojekt-24,care-import-endoskopi,INFERRED,Importtest
				""");
		assertThat(relations.statusCode()).as(relations.body()).isEqualTo(200);
		assertThat(this.client.query("""
				MATCH (n:CareArea {id: 'care-import-endoskopi'})-[:EVIDENCED_BY]->(:Claim)
				MATCH (n)<-[:CONCERNS]-(:Assignment {id: 'assignment-delprojekt-24'})
				MATCH (a:AuditEntry {entityId: 'care-import-endoskopi'})
				WITH n, count(DISTINCT a) AS audits
				RETURN NOT coalesce(n.unsourced, false) AND audits >= 2""").fetchAs(Boolean.class).one()).contains(true);
	}

	@Test
	void xlsxFilesAreReadLikeCsv() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("CareArea");
			sheet.value(0, 0, "id");
			sheet.value(0, 1, "name");
			sheet.value(0, 2, "provenance");
			sheet.value(0, 3, "reason");
			sheet.value(1, 0, "care-xlsx-test");
			sheet.value(1, 1, "Från kalkylark");
			sheet.value(1, 2, "INFERRED");
			sheet.value(1, 3, "Test");
		}
		HttpResponse<String> response = post("/import/CareArea?dryRun=true", out.toByteArray(), ImportController.XLSX);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"created\":[\"care-xlsx-test\"]");
	}

	@Test
	void onlyAdministratorsMayImport() throws Exception {
		for (String key : new String[] { "X-API-Key", "Authorization" }) {
			String value = key.equals("X-API-Key") ? TestCredentials.VIEWER_KEY : "ApiKey " + TestCredentials.EDITOR_KEY;
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/import/CareArea"))
				.header(key, value)
				.POST(HttpRequest.BodyPublishers.ofString("id,name\ncare-v,V\n")).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(403);
		}
	}

	@Test
	void theSameImportRunsThroughGraphQlForClientsThatSpeakOnlyGraphQl() throws Exception {
		String csv = java.util.Base64.getEncoder().encodeToString("""
				id,name,provenance,reason,validFrom
				care-graphql-import,Via GraphQL,INFERRED,Test,2024-13
				""".getBytes(StandardCharsets.UTF_8));
		String body = "{\"query\":\"mutation($c: String!) { importSpreadsheet(name: \\\"CareArea\\\", contentBase64: $c) "
				+ "{ dryRun applied created errors { row column message } } }\",\"variables\":{\"c\":\"" + csv + "\"}}";
		HttpResponse<String> response = post("/graphql", body.getBytes(StandardCharsets.UTF_8), "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"dryRun\":true", "\"applied\":false", "{\"row\":2,\"column\":\"validFrom\"");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String csv) throws Exception {
		return post(path, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
	}

	private HttpResponse<String> post(String path, byte[] body, String type) throws Exception {
		return this.http.send(request(path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin-dev".getBytes()));
	}

	/** Every node but the audit trail's counter, which the first write's entry creates a moment after it. */
	private long count() {
		return this.client.query("MATCH (n) WHERE NOT n:AuditSequence RETURN count(n)").fetchAs(Long.class).one()
			.orElseThrow();
	}

	private String description(String id) {
		return this.client.query("MATCH (n:Entity {id: $id}) RETURN coalesce(n.description, '')").bind(id).to("id")
			.fetchAs(String.class).one().orElseThrow();
	}

}
