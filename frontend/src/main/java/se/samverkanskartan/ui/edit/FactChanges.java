package se.samverkanskartan.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.ui.api.AuditRecord;

/**
 * What one audit entry changed, field by field, in the UI's words: "Namn: Gamla namnet → Nya namnet" instead of the
 * two JSON objects the API records. Field names and enum values are translated by the keys the rest of the UI uses
 * ({@code prop.<property>}, {@code provenance.<value>}); a field without a translation keeps the API's name.
 */
final class FactChanges {

	/** One changed field: its name as the API records it and its values before and after, as text. */
	record FieldChange(String field, Object before, Object after) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The API's names of the fields every fact has, with the keys of their labels. */
	private static final Map<String, String> COMMON = Map.of("name", "edit.name", "aliases", "edit.aliases",
			"description", "edit.description", "provenance", "detail.provenance", "reason", "detail.reason",
			"validFrom", "edit.validFrom", "validTo", "edit.validTo", "internal", "audit.field.internal", "kind",
			"edit.kind");

	private final UnaryOperator<String> words;

	/** {@code words} answers the translation of a key, or null when there is none. */
	FactChanges(UnaryOperator<String> words) {
		this.words = words;
	}

	static List<FieldChange> of(AuditRecord entry) {
		Map<String, Object> before = read(entry.before());
		Map<String, Object> after = read(entry.after());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : entry.changedFields()) {
			if (before.get(field) instanceof Map<?, ?> b && after.get(field) instanceof Map<?, ?> a) {
				// A relationship keeps its own properties in one nested object: say which of them changed.
				TreeSet<Object> keys = new TreeSet<>(b.keySet());
				keys.addAll(a.keySet());
				keys.stream().filter(k -> !Objects.equals(b.get(k), a.get(k)))
					.forEach(k -> changes.add(new FieldChange(String.valueOf(k), b.get(k), a.get(k))));
			}
			else {
				changes.add(new FieldChange(field, before.get(field), after.get(field)));
			}
		}
		return changes;
	}

	/**
	 * The entry's changes as lines, e.g. "Ursprung: Uttalat i källa → Härlett"; fields the UI has no label for
	 * (the store's own bookkeeping) are left out.
	 */
	List<String> lines(AuditRecord entry) {
		return of(entry).stream().filter(c -> labelled(c.field())).map(this::describe).toList();
	}

	private boolean labelled(String field) {
		return words.apply(COMMON.getOrDefault(field, "prop." + field)) != null;
	}

	String describe(FieldChange change) {
		return label(change.field()) + ": " + value(change.field(), change.before()) + " → "
				+ value(change.field(), change.after());
	}

	/** A field's label, for the API's name of it ({@code name}, {@code validTo}, {@code properties.status}). */
	String label(String field) {
		String key = COMMON.getOrDefault(field, "prop." + field.replaceFirst("^properties\\.", ""));
		String label = words.apply(key);
		return label == null ? field : label;
	}

	private String value(String field, Object value) {
		if (value == null || value instanceof String s && s.isEmpty()) {
			return "–";
		}
		if (value instanceof Boolean b) {
			return Objects.requireNonNullElse(words.apply("value." + b), b.toString());
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? "–" : String.join(", ", list.stream().map(String::valueOf).toList());
		}
		String text = String.valueOf(value);
		String translated = switch (field) {
			case "provenance" -> words.apply("provenance." + text);
			case "kind" -> words.apply("kind." + text);
			// An agreement's status, or an assignment's: the two enums share no value.
			case "status" -> words.apply("status." + text) != null ? words.apply("status." + text)
					: words.apply("assignmentStatus." + text);
			case "effect" -> words.apply("effect." + text);
			default -> null;
		};
		return translated == null ? text : translated;
	}

	/** The name the fact had after the change (or before it, for a deletion), or null for a relationship. */
	static String name(AuditRecord entry) {
		Object name = read(entry.after()).get("name");
		return name != null ? String.valueOf(name) : (String) read(entry.before()).get("name");
	}

	private static Map<String, Object> read(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}
}
