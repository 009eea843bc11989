package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it: comma or semicolon separated (Swedish spreadsheet programs use semicolons),
 * fields in double quotes may hold separators, line breaks and doubled quotes.
 */
final class CsvRecords {

	private CsvRecords() {
	}

	static List<List<String>> parse(String text) {
		char separator = separator(text);
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
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
		if (!field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
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
