package se.samverkanskartan.editing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkanskartan.editing.ImportReport.RowError;
import se.samverkanskartan.embedded.WriteReserve;
import se.samverkanskartan.graph.NodeKind;

/**
 * Spreadsheet import for administrators: a template per kind (and one for relationships) as CSV or XLSX, and the import
 * itself, with {@code dryRun=true} to see what would change. A file with any problem answers 422 with every problem
 * by row and column, and writes nothing.
 */
@RestController
class ImportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SpreadsheetImport imports;

	private final ImportLimits limits;

	private final @Nullable WriteReserve reserve;

	ImportController(SpreadsheetImport imports, ImportLimits limits, ObjectProvider<WriteReserve> reserve) {
		this.imports = imports;
		this.limits = limits;
		// Only the embedded engine's disk is ours to watch; an external server guards its own.
		this.reserve = reserve.getIfAvailable();
	}

	@GetMapping("/import/template/{name}.csv")
	ResponseEntity<String> csvTemplate(@PathVariable String name) {
		String header = columns(name).stream().collect(Collectors.joining(",")) + "\r\n";
		return file(name + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8)).body("\uFEFF" + header);
	}

	@GetMapping("/import/template/{name}.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(@PathVariable String name) throws IOException {
		List<String> columns = columns(name);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Samverkanskartan", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(name);
			Worksheet help = workbook.newWorksheet("Hjälp");
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(0, c, columns.get(c));
				sheet.style(0, c).bold().set();
				help.value(c, 0, columns.get(c));
				help.value(c, 1, ImportColumns.help(columns.get(c)));
			}
		}
		return file(name + ".xlsx", MediaType.parseMediaType(XLSX)).body(out.toByteArray());
	}

	@PostMapping("/import/{name}")
	ResponseEntity<ImportReport> importFile(@PathVariable String name, @RequestBody byte[] body,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		if (!dryRun && this.reserve != null && !this.reserve.hasRoom()) {
			return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).body(failed(false, 0, "", this.reserve.message()));
		}
		long maxBytes = this.limits.maxBytes().toBytes();
		if (body.length > maxBytes) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(failed(dryRun, 0, "",
					"the file has " + body.length + " bytes; at most " + maxBytes + " are imported at once"));
		}
		Sheet sheet;
		try {
			sheet = Sheet.read(body, this.limits.maxUnpacked().toBytes());
		}
		catch (Sheet.Unreadable ex) {
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
				.body(failed(dryRun, ex.row, ex.column, ex.getMessage()));
		}
		catch (IOException | RuntimeException ex) {
			return ResponseEntity.badRequest().body(failed(dryRun, 0, "", "the file is neither CSV nor XLSX: " + ex.getMessage()));
		}
		ImportReport report = "relations".equals(name) ? this.imports.importRelations(sheet, dryRun)
				: this.imports.importNodes(kind(name), sheet, dryRun);
		return ResponseEntity.status(report.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(UnknownName.class)
	ResponseEntity<ImportReport> unknown(UnknownName ex) {
		return ResponseEntity.badRequest().body(failed(false, 0, "", ex.getMessage()));
	}

	private static List<String> columns(String name) {
		return "relations".equals(name) ? ImportColumns.forRelations() : ImportColumns.forKind(kind(name));
	}

	private static NodeKind kind(String name) {
		return NodeKind.ofLabel(name).filter(k -> k != NodeKind.DOCUMENT).orElseThrow(() -> new UnknownName(name));
	}

	private static ImportReport failed(boolean dryRun, int row, String column, String message) {
		return new ImportReport(dryRun, false, List.of(), List.of(), List.of(), List.of(new RowError(row, column, message)));
	}

	private static ResponseEntity.BodyBuilder file(String name, MediaType type) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
	}

	/** A name in the path that is neither a kind of node nor "relations". */
	static final class UnknownName extends RuntimeException {

		UnknownName(String name) {
			super("'" + name + "' is neither a kind of node " + java.util.Arrays.stream(NodeKind.values())
				.filter(k -> k != NodeKind.DOCUMENT).map(NodeKind::label).toList() + " nor 'relations'");
		}

	}

}
