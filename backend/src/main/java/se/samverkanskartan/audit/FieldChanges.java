package se.samverkanskartan.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;

/**
 * An entry's before and after as field changes, named as the create and update inputs name the fields. Only the
 * facts: the fields every fact has and its kind's (or type's) own properties. The store's bookkeeping stays out:
 * the id and version (the entry has them), the copies kept for search and display ({@code aliasText},
 * {@code validLabel}), {@code seed}, a relationship's {@code claimIds}, and what a deletion keeps for its undo (the
 * relationships, claims and status observations it took with it), which may name facts the reader may not see.
 */
final class FieldChanges {

	/** The fields every node has, in the order a form shows them. */
	private static final List<String> NODE_FIELDS = List.of("kind", "name", "aliases", "description", "provenance",
			"reason", "validFrom", "validTo", "internal", "unsourced");

	/** The fields every relationship has; its type and ends never change, so they show on creation and deletion. */
	private static final List<String> RELATION_FIELDS = List.of("type", "from", "to", "provenance", "reason", "validFrom",
			"validTo", "internal", "unsourced");

	/** The flags every fact has, stored only when true. */
	private static final Set<String> FLAGS = Set.of("internal", "unsourced");

	/** The claims a change attached (after) or, undoing that, took away (before). */
	static final String EVIDENCE = "evidence";

	private FieldChanges() {
	}

	static List<FieldChange> of(String entityType, @Nullable String before, @Nullable String after) {
		boolean relation = AuditEntry.EntityType.RELATION.name().equals(entityType);
		Map<String, Object> b = facts(relation, before);
		Map<String, Object> a = facts(relation, after);
		Set<String> fields = new LinkedHashSet<>(b.keySet());
		fields.addAll(a.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			if (!same(field, b.get(field), a.get(field))) {
				changes.add(new FieldChange(field, b.get(field), a.get(field)));
			}
		}
		List<String> claimsBefore = claims(relation, before);
		List<String> claimsAfter = claims(relation, after);
		List<String> added = claimsAfter.stream().filter(id -> !claimsBefore.contains(id)).toList();
		List<String> removed = claimsBefore.stream().filter(id -> !claimsAfter.contains(id)).toList();
		if (!added.isEmpty() || !removed.isEmpty()) {
			changes.add(new FieldChange(EVIDENCE, removed.isEmpty() ? null : removed, added.isEmpty() ? null : added));
		}
		return changes;
	}

	/** The fact's fields with a value, in a form's order; dates as written, their precision kept. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> facts(boolean relation, @Nullable String json) {
		Map<String, Object> facts = new LinkedHashMap<>();
		if (json == null) {
			return facts;
		}
		Map<String, Object> snapshot = Snapshots.fromJson(json);
		Map<String, Object> own = relation && snapshot.get("properties") instanceof Map<?, ?> nested
				? (Map<String, Object>) nested : snapshot;
		for (String field : relation ? RELATION_FIELDS : NODE_FIELDS) {
			Object value = switch (field) {
				case "type", "from", "to", "kind" -> snapshot.get(field);
				case "validFrom", "validTo" -> written(own.get(field), own.get(field + "Precision"));
				default -> own.get(field);
			};
			put(facts, field, value);
		}
		propertyNames(relation, snapshot).forEach(name -> put(facts, name, own.get(name)));
		return facts;
	}

	private static List<String> propertyNames(boolean relation, Map<String, Object> snapshot) {
		try {
			return relation ? List.copyOf(RelationType.valueOf(String.valueOf(snapshot.get("type"))).properties().keySet())
					: List.copyOf(NodeKind.valueOf(String.valueOf(snapshot.get("kind"))).properties().keySet());
		}
		catch (IllegalArgumentException ex) {
			// A kind or type no longer defined: its common fields still say what changed.
			return List.of();
		}
	}

	/** An absent field, an empty text and an empty list all mean "none": a change between them is no change. */
	private static void put(Map<String, Object> facts, String field, @Nullable Object value) {
		if (FLAGS.contains(field)) {
			// Stored only when true: absent is false, and a change from true says so.
			facts.put(field, Boolean.TRUE.equals(value));
		}
		else if (value != null && !(value instanceof String text && text.isEmpty())
				&& !(value instanceof List<?> list && list.isEmpty())) {
			facts.put(field, value);
		}
	}

	/** Equal values, or a flag that is false on one side and not there on the other (a creation's or deletion's). */
	private static boolean same(String field, @Nullable Object before, @Nullable Object after) {
		return Objects.equals(before, after) || FLAGS.contains(field) && !Boolean.TRUE.equals(before)
				&& !Boolean.TRUE.equals(after);
	}

	/** A validity date as written: the year, the month or the day, as its precision says. */
	private static @Nullable String written(@Nullable Object date, @Nullable Object precision) {
		if (!(date instanceof LocalDate day)) {
			return null;
		}
		String text = day.toString();
		return switch (String.valueOf(precision)) {
			case "YEAR" -> text.substring(0, 4);
			case "MONTH" -> text.substring(0, 7);
			default -> text;
		};
	}

	@SuppressWarnings("unchecked")
	private static List<String> claims(boolean relation, @Nullable String json) {
		if (json == null) {
			return List.of();
		}
		Map<String, Object> snapshot = Snapshots.fromJson(json);
		if (!relation) {
			// A node's snapshot names the one claim attachEvidence gave it; its others are not recorded.
			return snapshot.get("claim") instanceof String claim ? List.of(claim) : List.of();
		}
		return snapshot.get("properties") instanceof Map<?, ?> properties && properties.get("claimIds") instanceof List<?> ids
				? (List<String>) ids : List.of();
	}

}
