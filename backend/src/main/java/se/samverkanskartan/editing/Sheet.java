package se.samverkanskartan.editing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A spreadsheet as rows of named cells: the first row names the columns, each later row is one fact. Row numbers
 * are the ones a spreadsheet program shows (the header is row 1), so an error can point at the cell.
 */
record Sheet(List<String> columns, List<SheetRow> rows) {

	/** One row: its number and its non-empty cells by column name. */
	record SheetRow(int number, Map<String, String> cells) {
	}

	/** A file that cannot be read as it stands: where (the row a spreadsheet shows, the column by name) and why. */
	static final class Unreadable extends RuntimeException {

		final int row;

		final String column;

		Unreadable(int row, String column, String message) {
			super(message);
			this.row = row;
			this.column = column;
		}

	}

	/**
	 * Reads an XLSX file (a ZIP archive, beginning with "PK") that unpacks to at most {@code maxUnpacked} bytes, or
	 * else CSV.
	 */
	static Sheet read(byte[] bytes, long maxUnpacked) throws IOException {
		if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
			requireUnpackedAtMost(bytes, maxUnpacked);
			return xlsx(bytes);
		}
		return csv(bytes);
	}

	/**
	 * Counts what the archive unpacks to, reading no further than the limit, before anything parses it; what each
	 * entry says of its size is not believed. From a temporary file, since ZipInputStream refuses the entries that
	 * spreadsheet programs write with their sizes after the data.
	 */
	private static void requireUnpackedAtMost(byte[] bytes, long maxUnpacked) throws IOException {
		Path file = Files.createTempFile("import-", ".xlsx");
		try {
			Files.write(file, bytes);
			long unpacked = 0;
			byte[] buffer = new byte[64 * 1024];
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(entry)) {
						for (int n; (n = in.read(buffer)) > 0;) {
							unpacked += n;
							if (unpacked > maxUnpacked) {
								throw new Unreadable(0, "", "the spreadsheet unpacks to more than " + maxUnpacked
										+ " bytes; at most that is imported at once (samverkanskartan.editing.import.max-unpacked)");
							}
						}
					}
				}
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * Reads CSV, which must be UTF-8: other bytes (Latin-1 from an old spreadsheet program, say) are refused at their
	 * row and column instead of becoming U+FFFD. An apostrophe the export put before a formula is taken off
	 * ({@link FormulaGuard}).
	 */
	static Sheet csv(byte[] bytes) {
		String text = utf8(bytes);
		List<List<String>> records;
		try {
			records = CsvRecords.parse(text);
		}
		catch (CsvRecords.Unterminated ex) {
			List<List<String>> header = CsvRecords.parse(text.substring(0, Math.max(0, text.indexOf('\n'))));
			throw new Unreadable(ex.record + 1, columnName(header, ex.field), ex.getMessage());
		}
		return of(records.stream().map(record -> record.stream().map(FormulaGuard::unguarded).toList()).toList());
	}

	private static String utf8(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			// Where the bad byte stands: the text before it, parsed, ends in the record and field that hold it.
			String before = out.flip().toString();
			int row;
			int field;
			try {
				List<List<String>> records = CsvRecords.parse(before);
				boolean atLineStart = before.isEmpty() || before.endsWith("\n") || before.endsWith("\r");
				row = atLineStart ? records.size() + 1 : records.size();
				field = atLineStart ? 0 : records.getLast().size() - 1;
			}
			catch (CsvRecords.Unterminated open) {
				// Inside a quoted cell, which the text before the byte leaves open.
				row = open.record + 1;
				field = open.field;
			}
			int end = before.indexOf('\n');
			List<List<String>> header = row == 1 ? List.of() : CsvRecords.parse(end < 0 ? before : before.substring(0, end));
			throw new Unreadable(row, columnName(header, field), "is not UTF-8 (byte 0x%02X at offset %d); save the file as CSV UTF-8"
				.formatted(bytes[in.position()], in.position()));
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static String columnName(List<List<String>> header, int field) {
		List<String> columns = header.isEmpty() ? List.of() : header.getFirst();
		return field >= 0 && field < columns.size() ? columns.get(field).strip() : "#" + (field + 1);
	}

	/**
	 * Reads the first sheet of an XLSX file. A cell whose text still holds the CSV export's apostrophe (a program
	 * that opened the export kept it as text) loses it as in CSV; one typed as {@code '=…} in a spreadsheet
	 * program arrives without it anyway, since the program stores the apostrophe as a style, not in the text.
	 */
	static Sheet xlsx(byte[] bytes) throws IOException {
		List<List<String>> records = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(FormulaGuard.unguarded(text(row.getCell(i))));
				}
				while (records.size() < row.getRowNum() - 1) {
					records.add(List.of());
				}
				records.add(cells);
			}
		}
		return of(records);
	}

	private static Sheet of(List<List<String>> records) {
		if (records.isEmpty()) {
			return new Sheet(List.of(), List.of());
		}
		List<String> columns = records.getFirst().stream().map(String::strip).toList();
		List<SheetRow> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			Map<String, String> cells = new LinkedHashMap<>();
			List<String> record = records.get(i);
			for (int c = 0; c < record.size(); c++) {
				String value = record.get(c).strip();
				if (!value.isEmpty()) {
					cells.put(c < columns.size() ? columns.get(c) : "#" + (c + 1), value);
				}
			}
			if (!cells.isEmpty()) {
				rows.add(new SheetRow(i + 1, cells));
			}
		}
		return new Sheet(columns, rows);
	}

	/** A cell as the text a user typed: whole numbers without ".0", dates as YYYY-MM-DD. */
	private static String text(Cell cell) {
		if (cell == null || cell.getValue() == null) {
			return "";
		}
		return switch (cell.getType()) {
			case NUMBER -> ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
			default -> cell.getText();
		};
	}

}
