package se.samverkanskartan.editing;

import java.io.IOException;
import java.util.Base64;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.graph.InvalidArgumentException;
import se.samverkanskartan.graph.NodeKind;

/** Spreadsheet import through GraphQL, for clients such as the map that speak only GraphQL. */
@Controller
class ImportMutationController {

	private final SpreadsheetImport imports;

	private final ImportLimits limits;

	ImportMutationController(SpreadsheetImport imports, ImportLimits limits) {
		this.imports = imports;
		this.limits = limits;
	}

	@MutationMapping
	ImportReport importSpreadsheet(@Argument String name, @Argument String contentBase64, @Argument boolean dryRun) {
		byte[] content;
		try {
			content = Base64.getMimeDecoder().decode(contentBase64);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("contentBase64", "is not base64: " + ex.getMessage());
		}
		long maxBytes = this.limits.maxBytes().toBytes();
		if (content.length > maxBytes) {
			throw new InvalidArgumentException("contentBase64", "the file has " + content.length + " bytes; at most "
					+ maxBytes + " are imported at once");
		}
		Sheet sheet;
		try {
			sheet = Sheet.read(content, this.limits.maxUnpacked().toBytes());
		}
		catch (Sheet.Unreadable ex) {
			return new ImportReport(dryRun, false, List.of(), List.of(), List.of(),
					List.of(new ImportReport.RowError(ex.row, ex.column, ex.getMessage())));
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidArgumentException("contentBase64", "is neither CSV nor XLSX: " + ex.getMessage());
		}
		if ("relations".equals(name)) {
			return this.imports.importRelations(sheet, dryRun);
		}
		NodeKind kind = NodeKind.ofLabel(name).filter(k -> k != NodeKind.DOCUMENT)
			.orElseThrow(() -> new InvalidArgumentException("name", new ImportController.UnknownName(name).getMessage()));
		return this.imports.importNodes(kind, sheet, dryRun);
	}

}
