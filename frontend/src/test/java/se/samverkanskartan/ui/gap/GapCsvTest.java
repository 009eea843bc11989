package se.samverkanskartan.ui.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.ui.api.Evidence;
import se.samverkanskartan.ui.api.GapReport;
import se.samverkanskartan.ui.api.NodeRef;

class GapCsvTest {

	@Test
	void quotesWithCommasAndQuotesAreEscaped() {
		GapReport.Gap gap = new GapReport.Gap("gap-stated-x", "STATED", "Källan säger att avtal saknas",
				new NodeRef("assignment-delprojekt-24", "ASSIGNMENT", "Delprojekt 24"),
				List.of(new NodeRef("region-skane", "REGION", "Region Skåne")), null,
				List.of(new Evidence("då formella avtal, \"mellan\" regioner saknas", null, "rad 10", 10,
						new Evidence.Source("Utredning", "001.txt", null))));
		GapReport report = new GapReport(LocalDate.of(2024, 1, 1), List.of(gap), List.of(), List.of());

		String csv = GapCsv.of(report, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"));

		assertThat(csv).startsWith("\uFEFFa,b,c,d,e,f,g,h,i\r\n");
		assertThat(csv).contains("2024-01-01,STATED,Delprojekt 24,assignment-delprojekt-24,Region Skåne,,"
				+ "Källan säger att avtal saknas,\"då formella avtal, \"\"mellan\"\" regioner saknas\",\"Utredning, rad 10\"");
	}

	@Test
	void cellsThatASpreadsheetWouldRunAsFormulasComeOutAsText() {
		GapReport.Gap gap = new GapReport.Gap("gap-derived-x", "DERIVED", "+cmd|' /C calc'!A0",
				new NodeRef("flow-x", "FLOW", "=HYPERLINK(\"http://example.org\",\"klicka\")"),
				List.of(new NodeRef("region-skane", "REGION", "@SUM(1)")), null, List.of());
		GapReport report = new GapReport(LocalDate.of(2024, 1, 1), List.of(), List.of(gap), List.of());

		String csv = GapCsv.of(report, List.of("-a", "b"));

		assertThat(csv).startsWith("\uFEFF'-a,b\r\n");
		assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"klicka\"\")\",")
			.contains(",'@SUM(1),").contains(",'+cmd|' /C calc'!A0,");
	}
}
