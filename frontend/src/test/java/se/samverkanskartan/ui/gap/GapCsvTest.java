package se.samverkanskartan.ui.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.ui.api.Evidence;
import se.samverkanskartan.ui.api.GapReport;
import se.samverkanskartan.ui.api.NodeRef;

class GapCsvTest {

	private static final Map<String, String> SWEDISH = Map.of("gap.kind.STATED", "Uttalad lucka", "gap.kind.DERIVED",
			"Härledd lucka", "kind.ASSIGNMENT", "Uppdrag", "kind.FLOW", "Flöde");

	@Test
	void rowsAreSemicolonSeparatedInSwedishWithTheReadingBesideTheQuote() {
		GapReport.Gap gap = new GapReport.Gap("gap-stated-x", "STATED", "Källan säger att avtal saknas",
				new GapReport.Cooperation("assignment-delprojekt-24", "ASSIGNMENT", "Delprojekt 24"),
				List.of(new NodeRef("region-skane", "REGION", "Region Skåne"),
						new NodeRef("region-blekinge", "REGION", "Region Blekinge")), null,
				List.of(new Evidence("da formella avtal; \"mellan\" regioner saknas", "då formella avtal; \"mellan\" regioner saknas",
						"rad 10", 10, new Evidence.Source("Utredning", "001.txt", null))));
		GapReport report = new GapReport(LocalDate.of(2024, 1, 1), List.of(gap), List.of());

		String csv = GapCsv.of(report, key -> SWEDISH.getOrDefault(key, key));

		assertThat(csv).startsWith("\uFEFFgaps.csv.asOf;gaps.csv.gapKind;gaps.csv.cooperation;gaps.csv.cooperationKind;");
		assertThat(csv).contains("2024-01-01;Uttalad lucka;Delprojekt 24;Uppdrag;assignment-delprojekt-24;;"
				+ "Region Skåne, Region Blekinge;;Källan säger att avtal saknas;"
				+ "\"da formella avtal; \"\"mellan\"\" regioner saknas\";\"då formella avtal; \"\"mellan\"\" regioner saknas\";"
				+ "Utredning, rad 10\r\n");
	}

	@Test
	void aQuoteWithoutReadingLeavesTheReadingEmpty() {
		GapReport.Gap gap = new GapReport.Gap("gap-derived-x", "DERIVED", "Inget bindande avtal",
				new GapReport.Cooperation("flow-x", "FLOW", "Flöde X"), List.of(), null,
				List.of(new Evidence("citat", null, "rad 3", 3, new Evidence.Source("Plan", "002.txt", null))));
		GapReport report = new GapReport(LocalDate.of(2024, 1, 1), List.of(), List.of(gap));

		assertThat(GapCsv.of(report, key -> SWEDISH.getOrDefault(key, key)))
			.contains(";Härledd lucka;Flöde X;Flöde;flow-x;;;;Inget bindande avtal;citat;;Plan, rad 3\r\n");
	}

	@Test
	void cellsThatASpreadsheetWouldRunAsFormulasComeOutAsText() {
		GapReport.Gap gap = new GapReport.Gap("gap-derived-x", "DERIVED", "+cmd|' /C calc'!A0",
				new GapReport.Cooperation("flow-x", "FLOW", "=HYPERLINK(\"http://example.org\";\"klicka\")"),
				List.of(new NodeRef("region-skane", "REGION", "@SUM(1)")), null, List.of());
		GapReport report = new GapReport(LocalDate.of(2024, 1, 1), List.of(), List.of(gap));

		String csv = GapCsv.of(report, key -> key.equals("gaps.csv.asOf") ? "-a" : key);

		assertThat(csv).startsWith("\uFEFF'-a;");
		assertThat(csv).contains(";\"'=HYPERLINK(\"\"http://example.org\"\";\"\"klicka\"\")\";")
			.contains(";'@SUM(1);").contains(";'+cmd|' /C calc'!A0;");
	}
}
