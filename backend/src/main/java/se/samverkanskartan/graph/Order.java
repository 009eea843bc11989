package se.samverkanskartan.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The order of a connection, from its {@code sort} argument ({@code [{city: ASC}, {name: DESC}]}), with the id last
 * so that rows equal on every key still have one order and a keyset cursor names exactly one row. Rows without a value
 * for a key come last in either direction. A cursor carries the order it was handed out under, so one from a list
 * sorted otherwise is refused instead of silently starting somewhere else.
 */
public final class Order {

	/** The fields every node has that an order may use; the rest are the kind's own properties. */
	private static final Set<String> COMMON = Set.of("id", "name", "validFrom", "validTo");

	private static final Order BY_NAME = new Order(List.of(new Key("name", true), new Key("id", true)));

	/** One key: a stored property of {@code n} and whether it ascends. */
	record Key(String field, boolean ascending) {

		String expression() {
			return "n." + this.field;
		}

	}

	private final List<Key> keys;

	private Order(List<Key> keys) {
		this.keys = List.copyOf(keys);
	}

	/** Name, then id: the order of every connection without {@code sort}. */
	public static Order byName() {
		return BY_NAME;
	}

	/**
	 * The order a {@code sort} argument asks for on nodes of {@code kind}; each entry names exactly one field. The
	 * schema's input types already allow only the fields listed for the kind; this checks what they cannot say.
	 */
	public static Order of(NodeKind kind, @Nullable List<Map<String, Object>> sort) {
		if (sort == null || sort.isEmpty()) {
			return BY_NAME;
		}
		List<Key> keys = new ArrayList<>();
		for (int i = 0; i < sort.size(); i++) {
			Map<String, Object> given = sort.get(i).entrySet().stream().filter(e -> e.getValue() != null)
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			if (given.size() != 1) {
				throw new InvalidArgumentException("sort", "entry %d names %d fields; each entry names exactly one, e.g. {name: ASC}"
					.formatted(i + 1, given.size()));
			}
			Map.Entry<String, Object> entry = given.entrySet().iterator().next();
			String field = entry.getKey();
			if (!COMMON.contains(field) && !kind.properties().containsKey(field)) {
				throw new InvalidArgumentException("sort", "%s has no field %s to sort by".formatted(kind.label(), field));
			}
			if (keys.stream().anyMatch(key -> key.field().equals(field))) {
				throw new InvalidArgumentException("sort", "entry %d sorts by %s again".formatted(i + 1, field));
			}
			keys.add(new Key(field, "ASC".equals(String.valueOf(entry.getValue()))));
		}
		if (keys.stream().noneMatch(key -> key.field().equals("id"))) {
			keys.add(new Key("id", true));
		}
		return new Order(keys);
	}

	/** What a cursor starts with, so that it is only read back under the same order. */
	String signature() {
		return this.keys.stream().map(key -> key.field() + (key.ascending() ? "+" : "-")).collect(Collectors.joining(","));
	}

	/** The Cypher list of the sort values of {@code n}, returned with each row to build its cursor. */
	String keysExpression() {
		return this.keys.stream().map(Key::expression).collect(Collectors.joining(", ", "[", "]"));
	}

	/** ORDER BY for reading forward, or backward (every key reversed; rows without a value still at the far end). */
	String orderBy(boolean forward) {
		return this.keys.stream().map(key -> {
			boolean ascending = key.ascending() == forward;
			return key.expression() + " IS NULL" + (forward ? "" : " DESC") + ", " + key.expression()
					+ (ascending ? "" : " DESC");
		}).collect(Collectors.joining(", "));
	}

	/** The cursor of a row, from the sort values read with it. */
	Cursor cursor(List<@Nullable Object> values) {
		List<@Nullable Object> keys = new ArrayList<>();
		keys.add(signature());
		keys.addAll(values);
		return new Cursor(keys);
	}

	/**
	 * The Cypher condition "after the cursor's row" (or before it, reading backward), binding the cursor's values
	 * as {@code $key0 …} into {@code parameters}; "true" without a cursor. Refuses a cursor of another order,
	 * naming {@code argument}.
	 */
	String startingAfter(@Nullable Cursor cursor, boolean forward, String argument, Map<String, Object> parameters) {
		if (cursor == null) {
			return "true";
		}
		List<@Nullable Object> values = cursor.keys();
		if (values.size() != this.keys.size() + 1 || !signature().equals(values.getFirst())) {
			throw new InvalidArgumentException(argument,
					"this cursor comes from the list in another order; page with the same sort it was handed out with");
		}
		List<String> alternatives = new ArrayList<>();
		List<String> equalSoFar = new ArrayList<>();
		for (int i = 0; i < this.keys.size(); i++) {
			Key key = this.keys.get(i);
			Object value = values.get(i + 1);
			String parameter = "$key" + i;
			if (value != null) {
				parameters.put("key" + i, value);
			}
			String beyond = beyond(key, value, parameter, forward);
			if (beyond != null) {
				List<String> alternative = new ArrayList<>(equalSoFar);
				alternative.add(beyond);
				alternatives.add("(" + String.join(" AND ", alternative) + ")");
			}
			equalSoFar.add(value == null ? key.expression() + " IS NULL" : key.expression() + " = " + parameter);
		}
		return alternatives.isEmpty() ? "false" : "(" + String.join(" OR ", alternatives) + ")";
	}

	/** The condition "further along than {@code value} on this key", or null when nothing is (null values come last). */
	private static @Nullable String beyond(Key key, @Nullable Object value, String parameter, boolean forward) {
		String x = key.expression();
		if (forward) {
			return value == null ? null : "(" + x + (key.ascending() ? " > " : " < ") + parameter + " OR " + x + " IS NULL)";
		}
		return value == null ? x + " IS NOT NULL" : x + (key.ascending() ? " < " : " > ") + parameter;
	}

}
