package se.samverkanskartan.ui.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import se.samverkanskartan.ui.api.Evidence;
import se.samverkanskartan.ui.api.GapReport;
import se.samverkanskartan.ui.api.NodeRef;
import se.samverkanskartan.ui.common.SpreadsheetCsv;

/**
 * The gap list as a spreadsheet ({@link SpreadsheetCsv}), one row per cooperation as the panel lists it
 * ({@link CooperationGap}), in the UI's words: the kinds of gap and of cooperation translated, the assignments that
 * describe it, and beside the verbatim quotes their OCR-corrected reading where the source has one.
 */
public final class GapCsv {

	/** The columns, as the keys {@code gaps.csv.<column>} name their headings. */
	static final List<String> COLUMNS = List.of("asOf", "gapKind", "cooperation", "cooperationKind", "cooperationId",
			"describedBy", "organisations", "missingAgreement", "reason", "quotes", "readings", "sources");

	private GapCsv() {
	}

	/** {@code words} translates a key of the UI's translations ({@code gap.kind.STATED}, {@code kind.FLOW}). */
	public static String of(GapReport report, UnaryOperator<String> words) {
		List<String> header = COLUMNS.stream().map(c -> words.apply("gaps.csv." + c)).toList();
		List<CooperationGap> all = new ArrayList<>(CooperationGap.of(report.stated()));
		all.addAll(CooperationGap.of(report.derived()));
		List<List<String>> rows = all.stream().map(gap -> row(report, gap, words)).toList();
		return SpreadsheetCsv.of(header, rows);
	}

	private static List<String> row(GapReport report, CooperationGap group, UnaryOperator<String> words) {
		GapReport.Gap gap = group.gap();
		GapReport.Cooperation cooperation = gap.cooperation();
		List<Evidence> evidence = group.evidence();
		return List.of(report.asOf() == null ? "" : report.asOf().toString(), words.apply("gap.kind." + gap.gapKind()),
				cooperation.name(), words.apply("kind." + cooperation.kind()), cooperation.id(),
				group.describedBy().stream().map(g -> g.cooperation().name()).collect(Collectors.joining(", ")),
				group.organisations().stream().map(NodeRef::name).collect(Collectors.joining(", ")),
				group.missingAgreements().stream().map(NodeRef::name).collect(Collectors.joining(", ")),
				Objects.toString(gap.reason(), ""), joined(evidence.stream().map(Evidence::quote).toList()),
				joined(evidence.stream().map(e -> e.reading() == null ? "" : e.reading()).toList()),
				joined(evidence.stream().map(GapCsv::where).toList()));
	}

	/** The evidence of one gap in one cell, in the same order in the quote, reading and source columns. */
	private static String joined(List<String> parts) {
		return parts.stream().allMatch(String::isEmpty) ? "" : String.join(" | ", parts);
	}

	private static String where(Evidence e) {
		String document = e.document() == null ? "" : e.document().name();
		return document + ", " + e.locator();
	}
}
