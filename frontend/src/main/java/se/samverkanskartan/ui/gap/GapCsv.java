package se.samverkanskartan.ui.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import se.samverkanskartan.ui.api.Evidence;
import se.samverkanskartan.ui.api.GapReport;
import se.samverkanskartan.ui.api.NodeRef;

/**
 * The gap list as CSV (RFC 4180, semicolon-free so that spreadsheet programs in Swedish and English locales both
 * read it; a UTF-8 byte order mark so that Excel shows å, ä and ö).
 */
public final class GapCsv {

	private static final String BOM = "\uFEFF";

	private GapCsv() {
	}

	public static String of(GapReport report, List<String> header) {
		StringBuilder csv = new StringBuilder(BOM);
		csv.append(line(header));
		List<GapReport.Gap> all = new ArrayList<>(report.stated());
		all.addAll(report.derived());
		for (GapReport.Gap gap : all) {
			csv.append(line(List.of(report.asOf() == null ? "" : report.asOf().toString(), gap.gapKind(),
					gap.cooperation() == null ? "" : gap.cooperation().name(),
					gap.cooperation() == null ? "" : gap.cooperation().id(),
					gap.organisations().stream().map(NodeRef::name).collect(Collectors.joining(", ")),
					gap.missingAgreement() == null ? "" : gap.missingAgreement().name(), nullToEmpty(gap.reason()),
					gap.evidence().stream().map(Evidence::quote).collect(Collectors.joining(" | ")),
					gap.evidence().stream().map(GapCsv::where).collect(Collectors.joining(" | ")))));
		}
		return csv.toString();
	}

	private static String where(Evidence e) {
		String document = e.document() == null ? "" : e.document().name();
		return document + ", " + e.locator();
	}

	private static String line(List<String> cells) {
		return cells.stream().map(GapCsv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	/**
	 * A cell as RFC 4180 writes it, never a formula: a cell that begins with {@code = + - @}, a tab or a carriage
	 * return gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it.
	 */
	private static String cell(String value) {
		String v = nullToEmpty(value);
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		return v.matches("(?s).*[\",\r\n].*") ? '"' + v.replace("\"", "\"\"") + '"' : v;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
