package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it: comma or semicolon separated (Swedish spreadsheet programs use semicolons),
 * fields in double quotes may hold separators, line breaks and doubled quotes. A quote that is never closed is
 * refused where it opens: it would otherwise swallow the rest of the file, so that three rows become one.
 */
final class CsvRecords {

	/** A quoted field that runs to the end of the text: where it opened, by record and field (both from 0). */
	static final class Unterminated extends RuntimeException {

		final int record;

		final int field;

		Unterminated(int record, int field) {
			super("a quoted cell begins here and is never closed");
			this.record = record;
			this.field = field;
		}

	}

	private CsvRecords() {
	}

	static List<List<String>> parse(String text) {
		char separator = separator(text);
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int quoteRecord = 0;
		int quoteField = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
				quoteRecord = records.size();
				quoteField = record.size();
			}
			else if (c == separator) {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new Unterminated(quoteRecord, quoteField);
		}
		if (!field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

	/** The separator of a file, by its header line. */
	static char separatorOf(String text) {
		return separator(text);
	}

	/** The separator of the header line: whichever of comma and semicolon it uses more. */
	private static char separator(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		long commas = header.chars().filter(c -> c == ',').count();
		long semicolons = header.chars().filter(c -> c == ';').count();
		return semicolons > commas ? ';' : ',';
	}

}
