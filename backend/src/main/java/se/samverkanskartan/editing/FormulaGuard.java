package se.samverkanskartan.editing;

/**
 * How a text that a spreadsheet program would run as a formula travels through CSV as text, one rule for the
 * export and the import. A cell that begins with {@code = + - @}, a tab or a carriage return (e.g.
 * {@code =HYPERLINK(…)}) gets an apostrophe in front, which spreadsheets show as text; so does one that begins with
 * apostrophes before such a character, so that a text such as {@code '=1} survives too. The import takes one
 * apostrophe off exactly those cells, and every text comes back as it was: {@code '=1+2} is read as {@code =1+2},
 * {@code ''=1} as {@code '=1}, {@code 'hej} stays as it is.
 */
public final class FormulaGuard {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private FormulaGuard() {
	}

	/** The text as a cell to write: with an apostrophe in front when a spreadsheet would read it as a formula. */
	public static String guarded(String text) {
		return needsGuard(text) ? "'" + text : text;
	}

	/** A cell read back as the text it guards. */
	public static String unguarded(String cell) {
		return cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
	}

	private static boolean needsGuard(String text) {
		int start = 0;
		while (start < text.length() && text.charAt(start) == '\'') {
			start++;
		}
		return start < text.length() && FORMULA_STARTS.indexOf(text.charAt(start)) >= 0;
	}

}
