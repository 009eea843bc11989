package se.samverkanskartan.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * Files and texts that could be turned against the people who use the map: duplicate ids, a quote never closed,
 * bytes that are not UTF-8, bidirectional controls in names, texts and files beyond their limits. Each is refused
 * naming where it stands (the row and column, or the field) and writes nothing; the CSV export's guard against
 * formulas comes off again on import.
 */
@GraphApplicationTest
class HostileImportTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	@Autowired
	TextLimits limits;

	@Autowired
	ImportLimits importLimits;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpGraphQlTester editor;

	@BeforeEach
	void connect() {
		this.editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
	}

	@Test
	void anIdTwiceInOneFileIsRefusedNamingBothRows() throws Exception {
		long before = count();
		HttpResponse<String> response = post("/import/CareArea", """
				id,name
				care-twice,Första
				care-once,Annan
				care-twice,Andra
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("{\"row\":4,\"column\":\"id\",\"message\":\"'care-twice' is also on row 2");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aQuoteNeverClosedIsRefusedWhereItOpensInsteadOfSwallowingRows() throws Exception {
		long before = count();
		HttpResponse<String> response = post("/import/CareArea?dryRun=true", """
				id,name,description
				care-q-ett,Ett,"öppnas men stängs aldrig
				care-q-tva,Två,Beskrivning
				care-q-tre,Tre,Beskrivning
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("{\"row\":2,\"column\":\"description\"").contains("never closed");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void bytesThatAreNotUtf8AreRefusedAtTheirCell() throws Exception {
		byte[] latin1 = "id,name,description\ncare-latin,Malmö,Ett område\n".getBytes(StandardCharsets.ISO_8859_1);
		HttpResponse<String> response = post("/import/CareArea?dryRun=true", latin1);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("{\"row\":2,\"column\":\"name\"").contains("not UTF-8").doesNotContain("\uFFFD");
	}

	@Test
	void bidirectionalControlsInANameAreRefusedThroughTheApiAndTheImport() throws Exception {
		for (String control : List.of("\u202E", "\u2066")) {
			this.editor.documentName("createNode")
				.variable("input", Map.of("kind", "CARE_AREA", "name", "Urologi" + control + "igoloru"))
				.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getExtensions()).containsEntry("field", "name");
					assertThat(error.getMessage()).contains("bidirectional");
				}));
		}
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "CARE_AREA", "name", "Urologi", "aliases", List.of("Uro\u202Dlogi")))
			.execute().errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("field", "aliases")));
		HttpResponse<String> response = post("/import/CareArea?dryRun=true",
				"id,name\ncare-bidi,Uro\u202Elogi\n".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("{\"row\":2,\"column\":\"name\"").contains("bidirectional");
	}

	@Test
	void textsOverTheirLimitsAreRefusedNamingTheFieldAndTheLimit() throws Exception {
		String longName = "Grupp ".repeat(500);
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "CARE_AREA", "name", longName, "description", "x".repeat(this.limits.description() + 1),
					"aliases", List.of("a".repeat(this.limits.alias() + 1))))
			.execute().errors().satisfy(errors -> {
				assertThat(errors).extracting(error -> error.getExtensions().get("field"))
					.containsExactlyInAnyOrder("name", "description", "aliases");
				assertThat(errors).allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
				assertThat(errors).anySatisfy(error -> assertThat(error.getMessage())
					.isEqualTo("name: is %d characters long; at most %d are allowed".formatted(longName.strip().length(),
							this.limits.name())));
			});
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "CARE_AREA", "name", "Kort", "id", "care-" + "a".repeat(this.limits.id())))
			.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("field", "id");
				assertThat(error.getMessage()).contains("at most " + this.limits.id()).hasSizeLessThan(200);
			}));
		HttpResponse<String> response = post("/import/CareArea?dryRun=true",
				("id,name\ncare-lang," + longName + "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("{\"row\":2,\"column\":\"name\",\"message\":\"is ");
	}

	@Test
	void anXlsxThatUnpacksBeyondTheLimitIsRefusedBeforeItIsParsed() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("CareArea");
			sheet.value(0, 0, "id");
			sheet.value(0, 1, "name");
			sheet.value(1, 0, "care-bomb");
			sheet.value(1, 1, "A".repeat((int) this.importLimits.maxUnpacked().toBytes() + 1));
		}
		assertThat(out.size()).as("the file is small").isLessThan(1_000_000);
		HttpResponse<String> response = post("/import/CareArea?dryRun=true", out.toByteArray());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("unpacks to more than").contains("max-unpacked");
	}

	@Test
	void aFileWithMoreRowsThanTheLimitIsRefusedBeforeAnyRowIsImported() throws Exception {
		String csv = IntStream.rangeClosed(1, this.importLimits.maxRows() + 1).mapToObj(i -> "care-rad-" + i + ",Rad " + i)
			.collect(Collectors.joining("\n", "id,name\n", "\n"));
		HttpResponse<String> response = post("/import/CareArea?dryRun=true", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("at most " + this.importLimits.maxRows() + " are imported at once")
			.contains("\"created\":[]");
	}

	@Test
	void whatTheCsvExportGuardsAgainstFormulasComesBackUnchangedOnImport() throws Exception {
		try {
			HttpResponse<String> imported = post("/import/CareArea", """
					id,name,description
					care-formel-test,'+46 Formelområde,"'=HYPERLINK(""http://example.org"")"
					""".getBytes(StandardCharsets.UTF_8));
			assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
			assertThat(stored("care-formel-test")).containsEntry("name", "+46 Formelområde")
				.containsEntry("description", "=HYPERLINK(\"http://example.org\")");
			HttpResponse<byte[]> export = this.http.send(request("/export/CareArea.csv").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(new String(export.body(), StandardCharsets.UTF_8)).contains("'=HYPERLINK(").contains("'+46 Formel");
			Sheet back = Sheet.csv(export.body());
			assertThat(back.rows()).filteredOn(row -> "care-formel-test".equals(row.cells().get("id"))).singleElement()
				.satisfies(row -> assertThat(row.cells()).containsEntry("name", "+46 Formelområde")
					.containsEntry("description", "=HYPERLINK(\"http://example.org\")"));
		}
		finally {
			this.client.query("MATCH (n:Entity {id: 'care-formel-test'}) DETACH DELETE n").run();
		}
		// An apostrophe before anything else is the user's own and stays.
		assertThat(FormulaGuard.unguarded("'hej")).isEqualTo("'hej");
		// A text that itself begins with an apostrophe before a formula character travels with one more.
		for (String text : new String[] { "'=1", "''-5", "'hej", "=SUM(A1)", "-5", "hej", "'", "" }) {
			assertThat(FormulaGuard.unguarded(FormulaGuard.guarded(text))).as(text).isEqualTo(text);
		}
		assertThat(FormulaGuard.guarded("'=1")).isEqualTo("''=1");
	}

	private Map<String, Object> stored(String id) {
		return this.client.query("MATCH (n:Entity {id: $id}) RETURN n {.name, .description} AS n").bind(id).to("id")
			.fetchAs(Map.class).one().map(map -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> typed = map;
				return typed;
			}).orElseThrow();
	}

	private HttpResponse<String> post(String path, byte[] body) throws Exception {
		return this.http.send(request(path).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin-dev".getBytes()));
	}

	private long count() {
		return this.client.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
	}

}
