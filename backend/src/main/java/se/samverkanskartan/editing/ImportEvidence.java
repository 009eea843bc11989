package se.samverkanskartan.editing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverkanskartan.editing.Sheet.SheetRow;
import se.samverkanskartan.source.Quotes;
import se.samverkanskartan.source.SourceTexts;

/**
 * The evidence columns of an import row, checked as {@link EvidenceEditor#attach} checks them and named as the
 * import names them ({@code evidenceQuote}, …), for rows that are written in one batch: the claim's id is the one
 * the editor would give the same quote at the same place, so that both share it.
 */
@Component
class ImportEvidence {

	/** A claim to write: its id, the document it quotes and its properties. */
	record NewClaim(String id, String document, Map<String, Object> properties) {

		Map<String, Object> row() {
			return Map.of("document", this.document, "properties", this.properties);
		}

	}

	private final SourceTexts sources;

	private final TextLimits limits;

	ImportEvidence(SourceTexts sources, TextLimits limits) {
		this.sources = sources;
		this.limits = limits;
	}

	/** The documents the rows quote, to read in one go. */
	static List<String> documents(List<SheetRow> rows) {
		return rows.stream().map(row -> row.cells().get("evidenceDocument")).filter(d -> d != null).distinct().toList();
	}

	/**
	 * The row's claim, none when it has no evidence columns, or {@link EditException.Invalid} naming the columns.
	 *
	 * @param documents the stored properties of the documents the file quotes, by id
	 */
	Optional<NewClaim> claim(SheetRow row, Map<String, Map<String, Object>> documents) {
		String document = row.cells().get("evidenceDocument");
		String quote = row.cells().get("evidenceQuote");
		if (document == null && quote == null) {
			return Optional.empty();
		}
		document = document == null ? "" : document;
		quote = quote == null ? "" : quote.strip();
		String locator = row.cells().getOrDefault("evidenceLocator", "").strip();
		FactInput check = new FactInput(this.limits);
		boolean quoteFits = check.withinLength("evidenceQuote", quote, this.limits.quote());
		if (quote.isEmpty()) {
			check.problem("evidenceQuote", "is required");
		}
		if (locator.isEmpty()) {
			check.problem("evidenceLocator", "is required: a line, a page or a section");
		}
		check.withinLength("evidenceLocator", locator, this.limits.locator());
		Map<String, Object> source = documents.get(document);
		if (source == null || !"DOCUMENT".equals(source.get("kind"))) {
			check.problem("evidenceDocument", "no document with the id '" + document + "'");
		}
		else if (!quote.isEmpty() && quoteFits && "SOURCE".equals(source.get("documentKind"))) {
			cited(check, document, source, quote);
		}
		check.throwIfAny();
		// As the editor names a claim: document, first and last line (none in an import), locator and quote.
		String id = "claim-" + sha256(document + "|null|null|" + locator + "|" + quote).substring(0, 16);
		Map<String, Object> properties = new HashMap<>();
		properties.put("id", id);
		properties.put("quote", quote);
		properties.put("locator", locator);
		properties.put("seed", false);
		return Optional.of(new NewClaim(id, document, properties));
	}

	/** A quote from a source document must stand somewhere in it, as the data loader checks. */
	private void cited(FactInput check, String id, Map<String, Object> document, String quote) {
		List<String> lines = this.sources.lines(String.valueOf(document.get("file"))).orElse(null);
		if (lines == null) {
			check.problem("evidenceDocument", "the text of '" + id + "' is not available to check the quote against");
			return;
		}
		Quotes.check(id, lines, quote, 1, lines.size())
			.ifPresent(problem -> check.problem("lines".equals(problem.about()) ? "evidenceLine" : "evidenceQuote",
					problem.message()));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
