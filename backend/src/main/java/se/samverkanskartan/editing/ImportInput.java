package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.editing.ImportReport.RowError;
import se.samverkanskartan.editing.Sheet.SheetRow;
import se.samverkanskartan.graph.PropertyType;

/** An import row as the input of a mutation, and a refused row as the problems of its cells. */
final class ImportInput {

	private ImportInput() {
	}

	/** The fields every node and relationship has. */
	static Map<String, Object> common(SheetRow row) {
		Map<String, Object> input = new HashMap<>();
		for (String field : List.of("provenance", "reason", "validFrom", "validTo")) {
			if (row.cells().containsKey(field)) {
				input.put(field, row.cells().get(field));
			}
		}
		String internal = row.cells().get("internal");
		if (internal != null) {
			if (!Set.of("true", "false").contains(internal)) {
				throw new EditException.Invalid("internal", "must be true or false, was '" + internal + "'");
			}
			input.put("internal", Boolean.parseBoolean(internal));
		}
		return input;
	}

	/** The kind's properties from the row; on an update, cells left empty keep the stored value. */
	static List<Map<String, Object>> properties(SheetRow row, Map<String, PropertyType> allowed,
			@Nullable Map<String, Object> current) {
		List<Map<String, Object>> properties = new ArrayList<>();
		for (String name : allowed.keySet()) {
			String cell = row.cells().get(name);
			Object value = cell != null ? cell : current == null ? null : current.get(name);
			if (value == null) {
				continue;
			}
			Map<String, Object> property = new LinkedHashMap<>();
			property.put("name", name);
			if (allowed.get(name) == PropertyType.TEXT_LIST) {
				property.put("values", value instanceof List<?> list ? list : list(value.toString()));
			}
			else {
				property.put("value", value.toString());
			}
			properties.add(property);
		}
		return properties;
	}

	static List<String> list(String cell) {
		return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * Whether the row names evidence the fact does not rest on yet ({@link ImportStore#attached}). Evidence with a
	 * column missing counts as new, so that attaching it names what is missing.
	 */
	static boolean newEvidence(SheetRow row, String target, Set<List<String>> attached) {
		String document = row.cells().get("evidenceDocument");
		String quote = row.cells().get("evidenceQuote");
		String locator = row.cells().get("evidenceLocator");
		if (document == null && quote == null) {
			return false;
		}
		return document == null || quote == null || locator == null
				|| !attached.contains(ImportStore.evidence(target, document, locator, quote));
	}

	/** Attaches the row's evidence to a stored fact through the editor, its problems named by the row's columns. */
	static void attachEvidence(EvidenceEditor evidence, SheetRow row, String target, long version) {
		Map<String, Object> input = new HashMap<>();
		input.put("targetId", target);
		input.put("version", version);
		input.put("document", row.cells().getOrDefault("evidenceDocument", ""));
		input.put("quote", row.cells().getOrDefault("evidenceQuote", ""));
		input.put("locator", row.cells().getOrDefault("evidenceLocator", ""));
		try {
			evidence.attach(input);
		}
		catch (EditException.Invalid ex) {
			throw new EditException.Invalid(ex.problems().stream()
				.map(p -> new EditException.FieldProblem("evidence" + capitalised(p.field()), p.message()))
				.toList());
		}
	}

	private static String capitalised(String field) {
		return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}

	/** What is wrong with a row, by the columns its fields came from. */
	static void refused(SheetRow row, EditException ex, List<RowError> errors) {
		if (ex instanceof EditException.Invalid invalid) {
			invalid.problems().forEach(p -> errors.add(new RowError(row.number(), column(p.field()), p.message())));
		}
		else {
			errors.add(new RowError(row.number(), "id", ex.getMessage()));
		}
	}

	private static String column(String field) {
		return field.startsWith("properties.") ? field.substring("properties.".length()) : field;
	}

}
