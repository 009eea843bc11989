package se.samverkanskartan.ui.edit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import se.samverkanskartan.ui.api.AuditRecord;
import se.samverkanskartan.ui.api.AuditRecord.FieldChange;

/**
 * What one audit entry changed, field by field, in the UI's words: "Namn: Gamla namnet → Nya namnet", from the
 * entry's {@code changes}. Field names and enum values are translated by the keys the rest of the UI uses
 * ({@code prop.<property>}, {@code provenance.<value>}); a field without a translation keeps the API's name.
 */
final class FactChanges {

	/** The API's names of the fields every fact has, with the keys of their labels. */
	private static final Map<String, String> COMMON = Map.ofEntries(Map.entry("name", "edit.name"),
			Map.entry("aliases", "edit.aliases"), Map.entry("description", "edit.description"),
			Map.entry("provenance", "detail.provenance"), Map.entry("reason", "detail.reason"),
			Map.entry("validFrom", "edit.validFrom"), Map.entry("validTo", "edit.validTo"),
			Map.entry("internal", "audit.field.internal"), Map.entry("kind", "edit.kind"),
			Map.entry("evidence", "audit.field.claim"));

	private final UnaryOperator<String> words;

	/** {@code words} answers the translation of a key, or null when there is none. */
	FactChanges(UnaryOperator<String> words) {
		this.words = words;
	}

	/**
	 * The entry's changes as lines, e.g. "Ursprung: Uttalat i källa → Härlett"; fields the UI has no label for
	 * (the store's own bookkeeping) are left out.
	 */
	List<String> lines(AuditRecord entry) {
		return entry.changes().stream().filter(c -> labelled(c.field())).map(this::describe).toList();
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
		return entry.entityName();
	}
}
