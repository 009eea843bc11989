package se.samverkanskartan.editing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** Reads an XLSX file (a ZIP archive, beginning with "PK") or else CSV. */
	static Sheet read(byte[] bytes) throws IOException {
		return bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K' ? xlsx(bytes) : csv(bytes);
	}

	static Sheet csv(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> records = CsvRecords.parse(text);
		return of(records);
	}

	static Sheet xlsx(byte[] bytes) throws IOException {
		List<List<String>> records = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(text(row.getCell(i)));
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
