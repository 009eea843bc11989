package se.samverkanskartan.ui.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as a Swedish spreadsheet program opens it with a double click: cells separated by semicolons (Excel in a
 * Swedish locale reads commas as decimal marks), quoted as RFC 4180 quotes, UTF-8 with a byte order mark so that å,
 * ä and ö survive, and never a formula.
 */
public final class SpreadsheetCsv {

	private static final String BOM = "\uFEFF";

	private SpreadsheetCsv() {
	}

	public static String of(List<String> header, List<List<String>> rows) {
		StringBuilder csv = new StringBuilder(BOM).append(line(header));
		rows.forEach(row -> csv.append(line(row)));
		return csv.toString();
	}

	private static String line(List<String> cells) {
		return cells.stream().map(SpreadsheetCsv::cell).collect(Collectors.joining(";")) + "\r\n";
	}

	/**
	 * A cell as RFC 4180 writes it, never a formula: a cell that begins with {@code = + - @}, a tab or a carriage
	 * return gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it.
	 */
	static String cell(String value) {
		String v = value == null ? "" : value;
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		return v.matches("(?s).*[\";\r\n].*") ? '"' + v.replace("\"", "\"\"") + '"' : v;
	}
}
