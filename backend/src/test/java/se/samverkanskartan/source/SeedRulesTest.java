package se.samverkanskartan.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The rules the loader checks mechanically so that a fact says no more than its source: a flow whose sources state
 * no direction has no FROM or TO, an inferred fact says why, a forecast is never a reported state. Each refusal
 * names the file, the line and the entry.
 */
class SeedRulesTest {

	private static final String SOURCE = """
			documents:
			  - id: doc-test
			    kind: SOURCE
			    file: 001_bd743661f471e690.txt
			    title: Testkälla
			nodes:
			  - id: hospital-a
			    kind: Hospital
			    name: A
			    evidence:
			      - { document: doc-test, lines: 43-45, quote: "SUS och sjukhusen i Trelleborg och Ystad" }
			""";

	private static final String BETWEEN_FLOW = """
			  - id: flow-x
			    kind: Flow
			    name: X
			    properties: { directionKnown: "false" }
			    evidence:
			      - { document: doc-test, lines: 43-45, quote: "kontinuerlig omférdelning av akuta ortopediska operationer" }
			""";

	@TempDir
	Path data;

	@Test
	void aFlowWhoseDirectionIsNotStatedCannotHaveAFromOrTo() throws IOException {
		write(SOURCE + BETWEEN_FLOW + """
				relations:
				  - type: FROM
				    from: flow-x
				    to: hospital-a
				    evidence:
				      - { document: doc-test, lines: 43-45, quote: "SUS och sjukhusen i Trelleborg och Ystad" }
				""");
		assertThatThrownBy(() -> reader().read()).isInstanceOf(DataFileException.class)
			.hasMessageContaining("facts.yaml:19 (FROM flow-x → hospital-a)")
			.hasMessageContaining("directionKnown: false")
			.hasMessageContaining("use BETWEEN");
	}

	@Test
	void aFlowWhoseDirectionIsNotStatedRunsBetweenItsPlaces() throws IOException {
		write(SOURCE + BETWEEN_FLOW + """
				relations:
				  - type: BETWEEN
				    from: flow-x
				    to: hospital-a
				    evidence:
				      - { document: doc-test, lines: 43-45, quote: "SUS och sjukhusen i Trelleborg och Ystad" }
				""");
		assertThat(reader().read().relations()).extracting(Seed.Relation::id).containsExactly("flow-x--BETWEEN--hospital-a");
	}

	@Test
	void anInferredFactNeedsAReasonEvenWithQuotes() throws IOException {
		write(SOURCE + """
				relations:
				  - type: PART_OF
				    from: hospital-a
				    to: hospital-a
				    provenance: INFERRED
				    evidence:
				      - { document: doc-test, lines: 43-45, quote: "SUS och sjukhusen i Trelleborg och Ystad" }
				""");
		assertThatThrownBy(() -> reader().read()).hasMessageContaining("facts.yaml:13 (PART_OF hospital-a → hospital-a)")
			.hasMessageContaining("an INFERRED fact needs a reason");
	}

	@Test
	void aForecastNeedsTheDateOfTheReportThatMadeIt() throws IOException {
		write(SOURCE + """
				  - id: assignment-x
				    kind: Assignment
				    name: X
				    properties:
				      statuses:
				        - kind: FORECAST
				          status: NOT_COMPLETED
				          date: "2025-12-31"
				          evidence:
				            - { document: doc-test, lines: 99-100, quote: "I nulaget bedoms det inte finnas nagot behov" }
				    evidence:
				      - { document: doc-test, lines: 99-100, quote: "I nulaget bedoms det inte finnas nagot behov" }
				""");
		assertThatThrownBy(() -> reader().read()).hasMessageContaining("facts.yaml:17 (")
			.hasMessageContaining("a FORECAST needs the date of the report that made it");
	}

	@Test
	void aPublicPageIsSummarisedNotQuotedAndNeverABrief() throws IOException {
		write("""
				documents:
				  - id: ext-page
				    kind: EXTERNAL
				    url: https://sodrasjukvardsregionen.se/sodra-regionvardsnamnden/om-oss/
				    title: Om Södra regionvårdsnämnden
				  - id: ext-brief
				    kind: EXTERNAL
				    url: https://example.org/docs/PRODUCT.md
				    title: Brief
				  - id: ext-nowhere
				    kind: EXTERNAL
				    title: Utan adress
				nodes:
				  - id: body-x
				    kind: Body
				    name: X
				    evidence:
				      - { document: ext-page, locator: "Om nämnden", quote: "Totalt omfattar alltså nämnden 12 ledamöter" }
				  - id: body-y
				    kind: Body
				    name: Y
				    evidence:
				      - { document: ext-page, locator: "PRODUCT.md › Public facts", summary: "Nämnden har tolv ledamöter." }
				  - id: body-z
				    kind: Body
				    name: Z
				    evidence:
				      - { document: ext-page, locator: "Om nämnden", summary: "Nämnden har tolv ledamöter." }
				""");
		assertThatThrownBy(() -> reader().read())
			.hasMessageContaining("facts.yaml:6 (ext-brief): url: 'https://example.org/docs/PRODUCT.md' is not a public page")
			.hasMessageContaining("facts.yaml:10 (ext-nowhere): url: an EXTERNAL document needs the public http(s) address")
			.hasMessageContaining("facts.yaml:18 (body-x): evidence: document 'ext-page' is a public page; state what it says in a Swedish `summary`")
			.hasMessageContaining("facts.yaml:23 (body-y): evidence: the locator 'PRODUCT.md › Public facts' cites a brief")
			.message().doesNotContain("(body-z)");
	}

	@Test
	void aSummaryIsStoredAsOneAndMarkedSo() throws IOException {
		write("""
				documents:
				  - id: ext-page
				    kind: EXTERNAL
				    url: https://sodrasjukvardsregionen.se/sodra-regionvardsnamnden/om-oss/
				    title: Om Södra regionvårdsnämnden
				nodes:
				  - id: body-z
				    kind: Body
				    name: Z
				    evidence:
				      - { document: ext-page, locator: "Om nämnden", summary: "Nämnden har tolv ledamöter." }
				""");
		Seed.Evidence evidence = reader().read().nodes().stream().filter(n -> n.id().equals("body-z")).findFirst()
			.orElseThrow().evidence().getFirst();
		assertThat(evidence.summary()).isTrue();
		assertThat(evidence.quote()).isEqualTo("Nämnden har tolv ledamöter.");
	}

	private SeedReader reader() {
		return new SeedReader(new PathMatchingResourcePatternResolver(), this.data.toUri().toString(), "classpath:sources/");
	}

	private void write(String yaml) throws IOException {
		Files.writeString(this.data.resolve("facts.yaml"), yaml);
	}

}
