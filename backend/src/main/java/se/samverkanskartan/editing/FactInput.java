package se.samverkanskartan.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.PartialDate;
import se.samverkanskartan.graph.Precision;
import se.samverkanskartan.graph.PropertyType;

/**
 * Applies the fields of a mutation's input to a fact's stored properties, by the rules of the data files: dates
 * as YYYY, YYYY-MM or YYYY-MM-DD with their precision, INFERRED only with a reason, and only the properties the
 * kind or type defines, each of its type. Only the fields present in the input change; null clears a field. Every
 * problem is collected with its field before the change is refused, so a form can mark them all at once.
 */
final class FactInput {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/**
	 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a name they reorder what
	 * the map and the lists show, so that one text reads as another.
	 */
	private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

	private final List<EditException.FieldProblem> problems = new ArrayList<>();

	private final TextLimits limits;

	FactInput(TextLimits limits) {
		this.limits = limits;
	}

	TextLimits limits() {
		return this.limits;
	}

	/** Whether the text is at most {@code max} characters long; a problem for the field when it is not. */
	boolean withinLength(String field, String text, int max) {
		if (text.length() > max) {
			coded(field, "tooLong", "is %d characters long; at most %d are allowed".formatted(text.length(), max),
					text.length(), max);
			return false;
		}
		return true;
	}

	/** A name or alias: within its length and free of bidirectional controls. */
	private boolean name(String field, String text, int max) {
		if (!withinLength(field, text, max)) {
			return false;
		}
		if (BIDI_CONTROLS.matcher(text).find()) {
			problem(field, "must not hold bidirectional control characters (U+202A–U+202E, U+2066–U+2069)");
			return false;
		}
		return true;
	}

	/** An id as given: within its length before anything else looks at it. */
	boolean id(String field, String id) {
		return withinLength(field, id, this.limits.id());
	}

	/** Text to quote back in a message: a long one cut short, so that a refusal never echoes megabytes. */
	static String shown(String text) {
		return text.length() <= 60 ? text : text.substring(0, 60) + "…";
	}

	void problem(String field, String message) {
		this.problems.add(new EditException.FieldProblem(field, message));
	}

	/** A problem with a stable code ({@code extensions.problem}) and its arguments, for a client to word itself. */
	void coded(String field, String code, String message, Object... arguments) {
		this.problems.add(new EditException.FieldProblem(field, message, code, List.of(arguments)));
	}

	boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new EditException.Invalid(this.problems);
		}
	}

	/** The fields every node has, applied to a copy of {@code stored}; the kind's properties follow in {@link #properties}. */
	Map<String, Object> node(Map<String, Object> input, Map<String, Object> stored) {
		Map<String, Object> fact = common(input, stored);
		if (input.containsKey("name")) {
			Object name = input.get("name");
			if (name == null || name.toString().isBlank()) {
				coded("name", "required", "is required");
			}
			else if (name("name", name.toString().strip(), this.limits.name())) {
				fact.put("name", name.toString().strip());
			}
		}
		if (input.containsKey("aliases")) {
			List<String> aliases = texts(input.get("aliases"));
			if (aliases.size() > this.limits.aliases()) {
				problem("aliases", "has %d aliases; at most %d are allowed".formatted(aliases.size(), this.limits.aliases()));
			}
			else {
				aliases.forEach(alias -> name("aliases", alias, this.limits.alias()));
			}
			fact.put("aliases", aliases);
			fact.put("aliasText", String.join(" ", aliases));
		}
		fact.putIfAbsent("aliases", List.of());
		fact.putIfAbsent("aliasText", "");
		optionalText(input, fact, "description", this.limits.description());
		return fact;
	}

	/** The fields every relationship has, applied to a copy of {@code stored}. */
	Map<String, Object> relation(Map<String, Object> input, Map<String, Object> stored) {
		return common(input, stored);
	}

	/** Replaces the kind- or type-specific properties when the input gives them. */
	void properties(Map<String, Object> input, Map<String, Object> fact, Map<String, PropertyType> allowed) {
		if (!input.containsKey("properties")) {
			return;
		}
		allowed.keySet().forEach(fact::remove);
		Set<String> seen = new HashSet<>();
		for (Object item : input.get("properties") instanceof List<?> list ? list : List.of()) {
			Map<?, ?> property = (Map<?, ?>) item;
			String name = String.valueOf(property.get("name"));
			String field = "properties." + name;
			PropertyType type = allowed.get(name);
			if (type == null) {
				problem(field, "not a property of this kind; allowed are " + allowed.keySet().stream().sorted().toList());
				continue;
			}
			if (!seen.add(name)) {
				problem(field, "is given twice");
				continue;
			}
			Object raw = property.get("values") != null ? property.get("values") : property.get("value");
			if (raw == null) {
				problem(field, "give a value, or values for a list");
				continue;
			}
			property(fact, name, type, raw);
		}
	}

	/**
	 * Changes only the properties given, by name: a value, as text (or a list of texts), replaces the stored one;
	 * null clears it. For the typed mutations, whose inputs name each property as a field of its own.
	 */
	void patchProperties(Map<String, @Nullable Object> given, Map<String, Object> fact, Map<String, PropertyType> allowed) {
		given.forEach((name, raw) -> {
			PropertyType type = allowed.get(name);
			if (type == null) {
				problem("properties." + name, "not a property of this kind; allowed are "
						+ allowed.keySet().stream().sorted().toList());
			}
			else if (raw == null) {
				fact.remove(name);
			}
			else {
				property(fact, name, type, raw);
			}
		});
	}

	/** One property's value, within the text limit and of its type, or a problem named {@code properties.<name>}. */
	private void property(Map<String, Object> fact, String name, PropertyType type, Object raw) {
		String field = "properties." + name;
		List<?> values = raw instanceof List<?> list ? list : List.of(raw);
		if (!values.stream().allMatch(value -> withinLength(field, String.valueOf(value), this.limits.propertyText()))) {
			return;
		}
		try {
			fact.put(name, type.convert(raw));
		}
		catch (IllegalArgumentException ex) {
			problem(field, ex.getMessage());
		}
	}

	private Map<String, Object> common(Map<String, Object> input, Map<String, Object> stored) {
		Map<String, Object> fact = new HashMap<>(stored);
		optionalText(input, fact, "reason", this.limits.description());
		if (input.get("provenance") != null) {
			fact.put("provenance", input.get("provenance").toString());
		}
		fact.putIfAbsent("provenance", "STATED");
		if (input.containsKey("internal")) {
			if (Boolean.TRUE.equals(input.get("internal"))) {
				fact.put("internal", true);
			}
			else {
				fact.remove("internal");
			}
		}
		validity(input, fact);
		if ("INFERRED".equals(fact.get("provenance")) && fact.get("reason") == null) {
			coded("reason", "inferredNeedsReason", "an INFERRED fact needs a reason");
		}
		return fact;
	}

	private void validity(Map<String, Object> input, Map<String, Object> fact) {
		PartialDate from = input.containsKey("validFrom") ? date(input, "validFrom") : stored(fact, "validFrom");
		PartialDate to = input.containsKey("validTo") ? date(input, "validTo") : stored(fact, "validTo");
		if (from != null && to != null && from.start().isAfter(to.end())) {
			coded("validTo", "beforeValidFrom", "must not be before validFrom (" + from.text() + "), was '" + to.text() + "'",
					from.text(), to.text());
		}
		for (String key : List.of("validFrom", "validFromPrecision", "validTo", "validToPrecision", "validLabel")) {
			fact.remove(key);
		}
		if (from != null) {
			fact.put("validFrom", from.start());
			fact.put("validFromPrecision", from.precision().name());
		}
		if (to != null) {
			fact.put("validTo", to.end());
			fact.put("validToPrecision", to.precision().name());
		}
		if (from != null || to != null) {
			fact.put("validLabel", ((from == null ? "" : from.text()) + " – " + (to == null ? "" : to.text())).strip());
		}
	}

	private @Nullable PartialDate date(Map<String, Object> input, String field) {
		Object text = input.get(field);
		if (text == null || text.toString().isBlank()) {
			return null;
		}
		try {
			return PartialDate.parse(text.toString().strip());
		}
		catch (IllegalArgumentException ex) {
			coded(field, "partialDate", ex.getMessage(), shown(text.toString().strip()));
			return null;
		}
	}

	/** A stored date back as the partial date it was given as: its start or end and its precision. */
	private static @Nullable PartialDate stored(Map<String, Object> fact, String key) {
		if (!(fact.get(key) instanceof LocalDate date)) {
			return null;
		}
		Precision precision = Precision.valueOf(String.valueOf(fact.getOrDefault(key + "Precision", "DAY")));
		return PartialDate.parse(PartialDate.text(date, precision));
	}

	private void optionalText(Map<String, Object> input, Map<String, Object> fact, String field, int max) {
		if (!input.containsKey(field)) {
			return;
		}
		Object value = input.get(field);
		if (value == null || value.toString().isBlank()) {
			fact.remove(field);
		}
		else if (withinLength(field, value.toString().strip(), max)) {
			fact.put(field, value.toString().strip());
		}
	}

	private static List<String> texts(@Nullable Object value) {
		return value instanceof List<?> list ? list.stream().map(String::valueOf).map(String::strip).toList() : List.of();
	}

}
