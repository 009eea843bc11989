package se.samverkanskartan.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import se.samverkanskartan.graph.Provenance;

/**
 * The data report over the real data files: it prints, per document, the facts citing it by provenance, and expects
 * no inferred fact without a reason and no node tied to nothing.
 */
class DataReportTest {

	private final DataReport report = DataReport.of(
			new SeedReader(new PathMatchingResourcePatternResolver(), "classpath:data/", "classpath:sources/").read());

	@Test
	void everyInferredFactSaysWhyAndNoNodeStandsAlone() {
		System.out.println(this.report.text());
		assertThat(this.report.inferredWithoutReason()).as("inferred facts without a reason").isEmpty();
		assertThat(this.report.isolatedNodes()).as("nodes tied to nothing").isEmpty();
	}

	@Test
	void theThreeSourcesAndThePublicPagesAreAllCited() {
		assertThat(this.report.factsPerDocument()).containsKeys("doc-skane-2023-operationssamarbete",
				"doc-orebro-utvecklingsplan", "doc-orebro-aterrapportering-2025", "ext-wikipedia-iso-3166-2-se");
		assertThat(this.report.factsPerDocument().get("ext-wikipedia-iso-3166-2-se")).doesNotContainKey(Provenance.INFERRED);
	}

}
