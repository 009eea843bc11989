package se.samverkanskartan.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The import templates, made here rather than fetched: the API's {@code /import/template/…} endpoints are
 * stateless and accept only API credentials (Basic, API key, JWT), never the UI's session, so a plain link from
 * the page could not authenticate. The columns follow the API's own list: the common columns, the kind's (or all
 * relationship types') properties sorted, then the evidence columns. The API checks the columns of every file it
 * imports, so a difference shows up as a problem in the dry run, not as bad data.
 */
final class ImportTemplate {

	/** The import name for relationships; a node kind's is its GraphQL type name. */
	static final String RELATIONS = "relations";

	private static final List<String> COMMON = List.of("provenance", "reason", "validFrom", "validTo", "internal");

	private static final List<String> EVIDENCE = List.of("evidenceDocument", "evidenceLocator", "evidenceQuote");

	private ImportTemplate() {
	}

	/** The GraphQL type name of a kind, as the import takes it: {@code CARE_AREA} → {@code CareArea}. */
	static String typeName(String kind) {
		StringBuilder name = new StringBuilder();
		for (String part : kind.split("_")) {
			name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
		}
		return name.toString();
	}

	/** The columns for a kind ({@code HOSPITAL}) or, for {@link #RELATIONS}, for relationships. */
	static List<String> columns(String kindOrRelations) {
		boolean relations = RELATIONS.equals(kindOrRelations);
		List<String> columns = new ArrayList<>(relations ? List.of("id", "type", "from", "to")
				: List.of("id", "name", "aliases", "description"));
		columns.addAll(COMMON);
		Collection<String> properties = relations
				? RelationRules.PROPERTIES.values().stream().flatMap(List::stream).toList()
				: KindProperties.of(kindOrRelations).stream().map(KindProperties.Property::name).toList();
		columns.addAll(new TreeSet<>(properties));
		columns.addAll(EVIDENCE);
		return columns;
	}

	/**
	 * The template as CSV: the header line, with a byte order mark so that spreadsheet programs read it as UTF-8,
	 * as the API's template has.
	 */
	static String csv(String kindOrRelations) {
		return "\uFEFF" + columns(kindOrRelations).stream().collect(Collectors.joining(",")) + "\r\n";
	}

	/** The file name of the template, as the API names it: {@code Hospital.csv}, {@code relations.csv}. */
	static String fileName(String kindOrRelations) {
		return importName(kindOrRelations) + ".csv";
	}

	static String importName(String kindOrRelations) {
		return RELATIONS.equals(kindOrRelations) ? RELATIONS : typeName(kindOrRelations);
	}
}
