package se.samverkanskartan.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkanskartan.source.Seed.Evidence;

/**
 * Reads evidence entries and checks each quote against the document it cites: the line range must exist and the
 * quote must stand there verbatim. External documents have no file, so their quotes are taken as given.
 */
final class EvidenceParser {

	private static final Pattern LINES = Pattern.compile("(\\d+)(?:\\s*-\\s*(\\d+))?");

	private static final Set<String> FIELDS = Set.of("document", "lines", "locator", "quote", "summary", "reading",
			"@line");

	/** What the parser knows of a document: its file's lines, or none for an external page. */
	record DocumentText(String id, List<String> lines, boolean external) {
	}

	private final Map<String, DocumentText> documents;

	private final List<DataProblem> problems;

	EvidenceParser(Map<String, DocumentText> documents, List<DataProblem> problems) {
		this.documents = documents;
		this.problems = problems;
	}

	List<Evidence> parse(DataEntry owner, List<Object> raw) {
		List<Evidence> evidence = new ArrayList<>();
		for (Object item : raw) {
			if (!(item instanceof Map<?, ?> map)) {
				problem(owner, owner.line(), "evidence: each item must be a map with document, lines and quote");
				continue;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> values = (Map<String, Object>) map;
			DataEntry entry = owner.child(values, (Integer) values.getOrDefault("@line", owner.line()));
			Evidence parsed = parseOne(owner, entry);
			if (parsed != null) {
				evidence.add(parsed);
			}
		}
		return evidence;
	}

	private Evidence parseOne(DataEntry owner, DataEntry entry) {
		for (String key : entry.values().keySet()) {
			if (!FIELDS.contains(key)) {
				problem(owner, entry.line(), "evidence: unknown field '" + key + "'");
			}
		}
		String documentId = entry.text("document");
		DocumentText document = documentId == null ? null : this.documents.get(documentId);
		if (document != null && document.external()) {
			return external(owner, entry, document);
		}
		String quote = entry.text("quote");
		if (documentId == null || quote == null || quote.isBlank()) {
			problem(owner, entry.line(), "evidence: needs a document and a quote");
			return null;
		}
		if (document == null) {
			problem(owner, entry.line(), "evidence: unknown document '" + documentId + "'");
			return null;
		}
		if (entry.text("summary") != null) {
			problem(owner, entry.line(), "evidence: document '" + documentId + "' is a source file; quote it, do not summarise");
		}
		String lines = entry.text("lines");
		Matcher matcher = lines == null ? null : LINES.matcher(lines.strip());
		if (matcher == null || !matcher.matches()) {
			problem(owner, entry.line(), "evidence: lines must be a line number or a range like 85-87, was '" + lines + "'");
			return null;
		}
		int from = Integer.parseInt(matcher.group(1));
		int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
		Quotes.Problem problem = Quotes.check(documentId, document.lines(), quote, from, to).orElse(null);
		if (problem != null) {
			problem(owner, entry.line(), "evidence: " + problem.message());
			return null;
		}
		return new Evidence(documentId, from, to, null, quote, entry.text("reading"), false);
	}

	/**
	 * A public page has no file here to check a quote against, so its claim is the project's own Swedish summary,
	 * marked as one; a quote, or a locator pointing at a brief rather than at the page, is refused.
	 */
	private Evidence external(DataEntry owner, DataEntry entry, DocumentText document) {
		String summary = entry.text("summary");
		String locator = entry.text("locator");
		boolean ok = true;
		if (entry.text("quote") != null) {
			problem(owner, entry.line(), "evidence: document '" + document.id() + "' is a public page; state what it says"
					+ " in a Swedish `summary` of your own, not a `quote`");
			ok = false;
		}
		if (summary == null || summary.isBlank()) {
			problem(owner, entry.line(), "evidence: a claim from the public page '" + document.id() + "' needs a `summary`");
			ok = false;
		}
		if (entry.text("lines") != null) {
			problem(owner, entry.line(), "evidence: document '" + document.id() + "' is an external page; give a locator, not lines");
		}
		if (locator != null && Briefs.cites(locator)) {
			problem(owner, entry.line(), "evidence: the locator '" + locator + "' cites a brief, not the public page");
			ok = false;
		}
		return ok ? new Evidence(document.id(), null, null, locator, summary, null, true) : null;
	}

	private void problem(DataEntry owner, int line, String message) {
		this.problems.add(new DataProblem(owner.file(), line, owner.label(), message));
	}

}
