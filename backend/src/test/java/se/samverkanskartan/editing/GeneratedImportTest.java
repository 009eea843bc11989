package se.samverkanskartan.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * A slice of a generated data set, as {@code docs/bench/national.py} writes it (every row with its evidence, from one
 * document of generated test data), imported through HTTP: each file goes in whole, with the facts sourced and two
 * audit entries per fact, or, with one bad row in the middle, not at all, naming the row and the column. Each test
 * removes what it imported.
 */
@GraphApplicationTest
class GeneratedImportTest {

	private static final String DOCUMENT = "gen-doc-importtest";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpGraphQlTester editor;

	@BeforeEach
	void document() {
		this.editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		if (count("MATCH (d:Document {id: '" + DOCUMENT + "'}) RETURN count(d)") == 0) {
			this.editor.documentName("createNode")
				.variable("input", Map.of("kind", "DOCUMENT", "id", DOCUMENT, "name", "GENERERAD TESTDATA", "provenance",
						"INFERRED", "reason", "Genererad testdata för ett test"))
				.execute().path("createNode.id").entity(String.class).isEqualTo(DOCUMENT);
		}
	}

	/** The other test classes share the graph and list its hospitals and its network: the slice goes again. */
	@AfterEach
	void removeTheSlice() {
		this.client.query("""
				MATCH (c:Claim)-[:FROM_DOCUMENT]->(:Document {id: $document}) DETACH DELETE c""").bind(DOCUMENT).to("document").run();
		this.client.query("MATCH (n:Entity) WHERE n.id STARTS WITH 'gen-it-' OR n.id = $document DETACH DELETE n")
			.bind(DOCUMENT).to("document").run();
		this.client.query("MATCH (e:AuditEntry) WHERE e.entityId STARTS WITH 'gen-it-' OR e.entityId = $document DELETE e")
			.bind(DOCUMENT).to("document").run();
	}

	@Test
	void aGeneratedSliceGoesInWholeWithEvidenceAndAuditTrail() throws Exception {
		HttpResponse<String> hospitals = post("/import/Hospital", csv("id,name,city,latitude,longitude", 100,
				i -> String.format(Locale.ROOT, "gen-it-hospital-%03d,Sjukhus %d (gen),Ort %d,%.4f,%.4f", i, i, i, 56 + i / 100.0,
						13 + i / 100.0)));
		assertThat(hospitals.statusCode()).as(hospitals.body()).isEqualTo(200);
		HttpResponse<String> groups = post("/import/Group", csv("id,name,groupKind,level", 20,
				i -> "gen-it-group-%02d,Grupp %d (gen),NETWORK,REGIONAL".formatted(i, i)));
		assertThat(groups.statusCode()).as(groups.body()).isEqualTo(200);
		HttpResponse<String> relations = post("/import/relations", csv("id,type,from,to,role", 300, i -> i % 2 == 0
				? "gen-it-rel-%03d,PARTICIPATES_IN,gen-it-hospital-%03d,gen-it-group-%02d,part".formatted(i, i % 100, i % 20)
				: "gen-it-rel-%03d,SUPPORTS,gen-it-group-%02d,gen-it-hospital-%03d,".formatted(i, i % 20, (i * 7) % 100)));
		assertThat(relations.statusCode()).as(relations.body()).isEqualTo(200);
		assertThat(relations.body()).contains("\"applied\":true", "\"gen-it-rel-000\"", "\"gen-it-rel-299\"");

		assertThat(count("MATCH (n:Hospital|Group) WHERE n.id STARTS WITH 'gen-it-' AND n.unsourced IS NULL AND n.version = 2 "
				+ "AND (n)-[:EVIDENCED_BY]->(:Claim)-[:FROM_DOCUMENT]->(:Document {id: '" + DOCUMENT + "'}) RETURN count(n)"))
			.isEqualTo(120);
		assertThat(count("MATCH ()-[r]->() WHERE r.id STARTS WITH 'gen-it-rel-' AND r.unsourced IS NULL AND r.version = 2 "
				+ "AND size(r.claimIds) = 1 RETURN count(r)")).isEqualTo(300);
		assertThat(this.client.query("MATCH (:Hospital {id: 'gen-it-hospital-007'}) RETURN 1").fetch().one()).isPresent();
		assertThat(this.client.query("""
				MATCH (:Hospital {id: 'gen-it-hospital-000'})-[r:PARTICIPATES_IN {id: 'gen-it-rel-000'}]->(:Group {id: 'gen-it-group-00'})
				RETURN r.role""").fetchAs(String.class).one()).contains("part");
		// A creation and the evidence, per fact, as when each is made through the API.
		assertThat(count("""
				MATCH (e:AuditEntry) WHERE e.actor = 'admin' AND any(prefix IN ['gen-it-hospital-', 'gen-it-group-', 'gen-it-rel-']
				  WHERE e.entityId STARTS WITH prefix)
				RETURN count(e)""")).isEqualTo(2 * 420);
		assertThat(count("""
				MATCH (e:AuditEntry {entityId: 'gen-it-rel-001', action: 'ATTACH_EVIDENCE'})
				WHERE e.related = ['gen-it-group-01', 'gen-it-hospital-007'] AND e.version = 2 RETURN count(e)"""))
			.isEqualTo(1);
	}

	@Test
	void oneBadRowInTheMiddleRefusesTheWholeFileAndWritesNothing() throws Exception {
		HttpResponse<String> nodes = post("/import/CareArea", csv("id,name", 200, i -> "gen-it-care-%03d,Område %d".formatted(i, i)));
		assertThat(nodes.statusCode()).as(nodes.body()).isEqualTo(200);
		long all = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		// Row 152 of the file (the 151st relation) names a node that does not exist, row 153 a type that does not.
		HttpResponse<String> relations = post("/import/relations", csv("id,type,from,to", 300, i -> switch (i) {
			case 150 -> "gen-it-bad-150,CONCERNS,assignment-delprojekt-24,gen-it-care-missing";
			case 151 -> "gen-it-bad-151,CONCERNS_NOT,assignment-delprojekt-24,gen-it-care-001";
			default -> "gen-it-bad-%03d,CONCERNS,assignment-delprojekt-24,gen-it-care-%03d".formatted(i, i % 200);
		}));
		assertThat(relations.statusCode()).isEqualTo(422);
		assertThat(relations.body()).contains("\"applied\":false",
				"{\"row\":152,\"column\":\"to\",\"message\":\"no node with the id 'gen-it-care-missing'\"}",
				"{\"row\":153,\"column\":\"type\",\"message\":\"no relation type 'CONCERNS_NOT'\"}");
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(all);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
		assertThat(count("MATCH (e:AuditEntry) WHERE e.entityId STARTS WITH 'gen-it-bad-' RETURN count(e)")).isZero();

		// The same in a file of nodes: a row of a bad date among new rows, an update and a row named from its name.
		HttpResponse<String> mixed = post("/import/CareArea", csv("id,name,validFrom", 100, i -> switch (i) {
			case 40 -> "gen-it-more-040,Område,den första";
			case 41 -> "gen-it-care-001,Nytt namn,2024";
			case 42 -> ",Område utan id,2024";
			default -> "gen-it-more-%03d,Område %d,2024".formatted(i, i);
		}));
		assertThat(mixed.statusCode()).isEqualTo(422);
		assertThat(mixed.body()).contains("{\"row\":42,\"column\":\"validFrom\"").doesNotContain("\"row\":43", "\"row\":44");
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(all);
		assertThat(this.client.query("MATCH (n {id: 'gen-it-care-001'}) RETURN n.name").fetchAs(String.class).one())
			.contains("Område 1");
	}

	@Test
	void theTrailListsEachRowsEntriesInTheOrderOfTheRowsAndKeepsInternalEndsInternal() throws Exception {
		HttpResponse<String> nodes = post("/import/CareArea", csv("id,name,internal", 3,
				i -> "gen-it-order-%d,Ordning %d,%s".formatted(i, i, i == 2)));
		assertThat(nodes.statusCode()).as(nodes.body()).isEqualTo(200);
		HttpResponse<String> relations = post("/import/relations", csv("id,type,from,to", 3,
				i -> "gen-it-order-rel-%d,CONCERNS,assignment-delprojekt-24,gen-it-order-%d".formatted(i, i)));
		assertThat(relations.statusCode()).as(relations.body()).isEqualTo(200);
		List<String> trail = this.client.query("""
				MATCH (e:AuditEntry) WHERE e.entityId STARTS WITH 'gen-it-order-'
				RETURN e.entityId + ' ' + e.action + ' ' + e.internal ORDER BY e.seq""").fetchAs(String.class).all()
			.stream().toList();
		assertThat(trail).containsExactly("gen-it-order-0 CREATE false", "gen-it-order-0 ATTACH_EVIDENCE false",
				"gen-it-order-1 CREATE false", "gen-it-order-1 ATTACH_EVIDENCE false", "gen-it-order-2 CREATE true",
				"gen-it-order-2 ATTACH_EVIDENCE true", "gen-it-order-rel-0 CREATE false",
				"gen-it-order-rel-0 ATTACH_EVIDENCE false", "gen-it-order-rel-1 CREATE false",
				"gen-it-order-rel-1 ATTACH_EVIDENCE false", "gen-it-order-rel-2 CREATE true",
				"gen-it-order-rel-2 ATTACH_EVIDENCE true");
		assertThat(count("""
				MATCH (e:AuditEntry) WHERE e.entityId STARTS WITH 'gen-it-order-'
				WITH collect(e.seq) AS seqs RETURN size(seqs) - count { UNWIND seqs AS s RETURN DISTINCT s }""")).isZero();
	}

	@Test
	void anImportedQuoteIsTheSameClaimAsTheSameQuoteAttachedInTheApi() throws Exception {
		HttpResponse<String> nodes = post("/import/CareArea", """
				id,name,evidenceDocument,evidenceLocator,evidenceQuote
				gen-it-shared-a,Delad A,%s,avsnitt 1,Samma citat på samma ställe
				gen-it-shared-b,Delad B,,,
				""".formatted(DOCUMENT));
		assertThat(nodes.statusCode()).as(nodes.body()).isEqualTo(200);
		this.editor.documentName("attachEvidence")
			.variable("input", Map.of("targetId", "gen-it-shared-b", "version", 1, "document", DOCUMENT, "quote",
					"Samma citat på samma ställe", "locator", "avsnitt 1"))
			.execute().path("attachEvidence.id").hasValue();
		assertThat(count("""
				MATCH (:CareArea {id: 'gen-it-shared-a'})-[:EVIDENCED_BY]->(c:Claim)<-[:EVIDENCED_BY]-(:CareArea {id: 'gen-it-shared-b'})
				RETURN count(c)""")).isEqualTo(1);
	}

	private static String csv(String header, int rows, IntFunction<String> row) {
		String evidence = ",evidenceDocument,evidenceLocator,evidenceQuote";
		return header + evidence + "\n" + IntStream.range(0, rows)
			.mapToObj(i -> row.apply(i) + "," + DOCUMENT + ",post " + i + ",Genererad testdata: rad " + i)
			.collect(Collectors.joining("\n")) + "\n";
	}

	private long count(String cypher) {
		return this.client.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private HttpResponse<String> post(String path, String csv) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin-dev".getBytes()))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
