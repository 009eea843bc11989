package se.samverkanskartan.ui.edit;

import java.util.List;
import java.util.stream.Collectors;

import se.samverkanskartan.ui.api.Vocabulary;

/**
 * The import templates, made here rather than fetched: the API's {@code /import/template/…} endpoints are
 * stateless and accept only API credentials (Basic, API key, JWT), never the UI's session, so a plain link from
 * the page could not authenticate. The columns and names are the vocabulary's, so they are the import's own.
 */
final class ImportTemplate {

	/** The import name for relationships; a node kind's is its GraphQL type name. */
	static final String RELATIONS = "relations";

	private ImportTemplate() {
	}

	/** The columns for a kind ({@code HOSPITAL}) or, for {@link #RELATIONS}, for relationships. */
	static List<String> columns(Vocabulary vocabulary, String kindOrRelations) {
		return RELATIONS.equals(kindOrRelations) ? vocabulary.relationImportColumns()
				: vocabulary.kind(kindOrRelations).map(Vocabulary.Kind::importColumns).orElse(List.of());
	}

	/**
	 * The template as CSV: the header line, with a byte order mark so that spreadsheet programs read it as UTF-8,
	 * as the API's template has.
	 */
	static String csv(Vocabulary vocabulary, String kindOrRelations) {
		return "\uFEFF" + columns(vocabulary, kindOrRelations).stream().collect(Collectors.joining(",")) + "\r\n";
	}

	/** The file name of the template, as the API names it: {@code Hospital.csv}, {@code relations.csv}. */
	static String fileName(Vocabulary vocabulary, String kindOrRelations) {
		return importName(vocabulary, kindOrRelations) + ".csv";
	}

	/** The name the import takes: the kind's GraphQL type name, e.g. {@code CareArea}, or {@code relations}. */
	static String importName(Vocabulary vocabulary, String kindOrRelations) {
		return RELATIONS.equals(kindOrRelations) ? RELATIONS
				: vocabulary.kind(kindOrRelations).map(Vocabulary.Kind::typeName).orElse(kindOrRelations);
	}
}
