package se.samverkanskartan.editing;

import java.io.IOException;
import java.util.Base64;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.graph.InvalidArgumentException;
import se.samverkanskartan.graph.NodeKind;

/** Spreadsheet import through GraphQL, for clients such as the map that speak only GraphQL. */
@Controller
class ImportMutationController {

	private static final int MAX_BYTES = 5 * 1024 * 1024;

	private final SpreadsheetImport imports;

	ImportMutationController(SpreadsheetImport imports) {
		this.imports = imports;
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
		if (content.length > MAX_BYTES) {
			throw new InvalidArgumentException("contentBase64", "the file has " + content.length + " bytes; at most "
					+ MAX_BYTES + " are imported at once");
		}
		Sheet sheet;
		try {
			sheet = Sheet.read(content);
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
