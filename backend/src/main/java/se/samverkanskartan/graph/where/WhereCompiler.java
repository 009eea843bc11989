package se.samverkanskartan.graph.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.InvalidArgumentException;
import se.samverkanskartan.graph.LatestStatus;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.PropertyType;
import se.samverkanskartan.graph.Relation.Direction;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.graph.Visibility;
import se.samverkanskartan.graph.where.NamedRelations.Path;

/**
 * Turns a {@code where} input, as GraphQL coerced it (maps, lists, enum names, dates), into Cypher: one condition per
 * field, joined with AND, each value a parameter of its own. The schema has already refused fields and operators that
 * do not exist, so what is checked here is what it cannot say: how deep and how large a filter is.
 */
final class WhereCompiler {

	private static final Set<String> COMMON_TEXT = Set.of("name", "description");

	private static final Set<String> COMMON_DATES = Set.of("validFrom", "validTo");

	private static final String ALL_TYPES = Arrays.stream(RelationType.values()).map(Enum::name)
		.collect(Collectors.joining("|"));

	private final Map<String, Object> parameters = new HashMap<>();

	private int conditions;

	private int variables;

	Map<String, Object> parameters() {
		return this.parameters;
	}

	/** The condition on node {@code x} of {@code kind}, or of any kind when null (a {@code NodeWhere}). */
	@SuppressWarnings("unchecked")
	String node(@Nullable NodeKind kind, Map<String, Object> where, String x, int depth) {
		if (depth > Where.MAX_DEPTH) {
			throw new InvalidArgumentException("where", "nests deeper than " + Where.MAX_DEPTH + " levels");
		}
		List<String> all = new ArrayList<>();
		for (Map.Entry<String, Object> entry : where.entrySet()) {
			String field = entry.getKey();
			Object value = entry.getValue();
			if (value == null) {
				continue;
			}
			switch (field) {
				case "AND" -> all.add(join(((List<Map<String, Object>>) value).stream()
					.map(each -> node(kind, each, x, depth + 1)).toList(), " AND ", "true"));
				case "OR" -> all.add(join(((List<Map<String, Object>>) value).stream()
					.map(each -> node(kind, each, x, depth + 1)).toList(), " OR ", "false"));
				// A comparison with a missing value is null in Cypher; NOT takes it as "does not hold", so NOT is the rest.
				case "NOT" -> all.add("NOT coalesce(" + node(kind, (Map<String, Object>) value, x, depth + 1) + ", false)");
				case "related" -> ((List<Map<String, Object>>) value)
					.forEach(related -> all.add(related(x, related, depth)));
				default -> all.add(field(kind, field, value, x, depth));
			}
		}
		return join(all, " AND ", "true");
	}

	/**
	 * The condition on a record {@code x} that is not a node (an audit entry): each field a stored property, a list
	 * where {@code lists} says so.
	 */
	@SuppressWarnings("unchecked")
	String record(Map<String, Object> where, String x, Set<String> scalars, Set<String> lists, int depth) {
		if (depth > Where.MAX_DEPTH) {
			throw new InvalidArgumentException("where", "nests deeper than " + Where.MAX_DEPTH + " levels");
		}
		List<String> all = new ArrayList<>();
		where.forEach((field, value) -> {
			if (value == null) {
				return;
			}
			switch (field) {
				case "AND" -> all.add(join(((List<Map<String, Object>>) value).stream()
					.map(each -> record(each, x, scalars, lists, depth + 1)).toList(), " AND ", "true"));
				case "OR" -> all.add(join(((List<Map<String, Object>>) value).stream()
					.map(each -> record(each, x, scalars, lists, depth + 1)).toList(), " OR ", "false"));
				case "NOT" -> all.add("NOT coalesce(" + record((Map<String, Object>) value, x, scalars, lists, depth + 1) + ", false)");
				default -> {
					if (lists.contains(field)) {
						all.add(list(x + "." + field, (Map<String, Object>) value));
					}
					else if (scalars.contains(field)) {
						all.add(scalar(x + "." + field, (Map<String, Object>) value, false));
					}
					else {
						throw new InvalidArgumentException("where", "no field " + field + " to filter by");
					}
				}
			}
		});
		return join(all, " AND ", "true");
	}

	@SuppressWarnings("unchecked")
	private String field(@Nullable NodeKind kind, String field, Object value, String x, int depth) {
		Map<String, Object> filter = (Map<String, Object>) value;
		if (field.equals("id") || field.equals("provenance") || COMMON_TEXT.contains(field)) {
			return scalar(x + "." + field, filter, false);
		}
		if (field.equals("aliases")) {
			return list(x + "." + field, filter);
		}
		if (COMMON_DATES.contains(field)) {
			return scalar(x + "." + field, filter, false);
		}
		if (kind == null) {
			if (field.equals("kind")) {
				return scalar(x + ".kind", filter, false);
			}
			NodeKind subtype = NodeKind.valueOf(camelToConstant(field));
			return "(" + x + ".kind = '" + subtype.name() + "' AND " + node(subtype, filter, x, depth + 1) + ")";
		}
		if (kind == NodeKind.ASSIGNMENT && field.equals("status")) {
			return scalar(LatestStatus.state(x), filter, false);
		}
		Path path = NamedRelations.of(kind).get(field);
		if (path != null) {
			return relation(x, path.types(), path.direction(), path.target(), filter, depth);
		}
		PropertyType type = kind.properties().get(field);
		if (type == null) {
			throw new InvalidArgumentException("where", kind.label() + " has no field " + field + " to filter by");
		}
		return switch (type.valueType()) {
			case TEXT_LIST -> list(x + "." + field, filter);
			case BOOLEAN -> scalar("coalesce(" + x + "." + field + ", false)", filter, false);
			// Partial dates are stored as their text (2024, 2024-05, 2024-05-31) and compare as text.
			case DATE -> scalar(x + "." + field, filter, true);
			default -> scalar(x + "." + field, filter, false);
		};
	}

	@SuppressWarnings("unchecked")
	private String related(String x, Map<String, Object> related, int depth) {
		List<RelationType> types = related.get("types") == null ? List.of()
				: ((List<Object>) related.get("types")).stream().map(t -> RelationType.valueOf(t.toString())).toList();
		Direction direction = related.get("direction") == null ? null : Direction.valueOf(related.get("direction").toString());
		Map<String, Object> filter = new HashMap<>(related);
		filter.keySet().retainAll(Set.of("some", "none"));
		if (filter.values().stream().allMatch(v -> v == null)) {
			filter.put("some", Map.of());
		}
		return relation(x, types, direction, null, filter, depth);
	}

	/** {@code some} and {@code none} of the nodes at the other end of relationships valid on {@code $asOf}. */
	@SuppressWarnings("unchecked")
	private String relation(String x, List<RelationType> types, @Nullable Direction direction, @Nullable NodeKind target,
			Map<String, Object> filter, int depth) {
		String m = "m" + (++this.variables);
		String r = "r" + this.variables;
		String typeList = types.isEmpty() ? ALL_TYPES : types.stream().map(Enum::name).collect(Collectors.joining("|"));
		String label = target == null ? "Entity" : target.label();
		String pattern = direction == Direction.OUTGOING ? "(%s)-[%s:%s]->(%s:%s)"
				: direction == Direction.INCOMING ? "(%s)<-[%s:%s]-(%s:%s)" : "(%s)-[%s:%s]-(%s:%s)";
		String match = pattern.formatted(x, r, typeList, m, label) + " WHERE " + NodeReader.validOn(r) + " AND "
				+ NodeReader.validOn(m) + " AND " + Visibility.node(m) + " AND " + Visibility.relation(r);
		List<String> all = new ArrayList<>();
		Object some = filter.get("some");
		if (some != null) {
			all.add("EXISTS { MATCH " + match + " AND " + node(null, (Map<String, Object>) some, m, depth + 1) + " }");
		}
		Object none = filter.get("none");
		if (none != null) {
			all.add("NOT EXISTS { MATCH " + match + " AND " + node(null, (Map<String, Object>) none, m, depth + 1) + " }");
		}
		return join(all, " AND ", "true");
	}

	/** The operators of a filter on one value, each a parameter; dates as text for partial dates. */
	private String scalar(String x, Map<String, Object> filter, boolean datesAsText) {
		List<String> all = new ArrayList<>();
		filter.forEach((operator, operand) -> {
			if (operand == null) {
				return;
			}
			Object value = datesAsText ? asText(operand) : operand;
			all.add(switch (operator) {
				case "eq" -> x + " = " + parameter(value);
				case "in" -> x + " IN " + parameter(value);
				case "contains" -> x + " CONTAINS " + parameter(value);
				case "startsWith" -> x + " STARTS WITH " + parameter(value);
				case "endsWith" -> x + " ENDS WITH " + parameter(value);
				case "lt" -> x + " < " + parameter(value);
				case "lte" -> x + " <= " + parameter(value);
				case "gt" -> x + " > " + parameter(value);
				case "gte" -> x + " >= " + parameter(value);
				case "exists" -> x + (Boolean.TRUE.equals(value) ? " IS NOT NULL" : " IS NULL");
				default -> throw new InvalidArgumentException("where", "no operator " + operator);
			});
		});
		return join(all, " AND ", "true");
	}

	private String list(String x, Map<String, Object> filter) {
		String values = "coalesce(" + x + ", [])";
		List<String> all = new ArrayList<>();
		filter.forEach((operator, operand) -> {
			if (operand == null) {
				return;
			}
			all.add(switch (operator) {
				case "includes" -> parameter(operand) + " IN " + values;
				case "includesAny" -> "any(v IN " + values + " WHERE v IN " + parameter(operand) + ")";
				case "anyContains" -> "any(v IN " + values + " WHERE v CONTAINS " + parameter(operand) + ")";
				default -> throw new InvalidArgumentException("where", "no operator " + operator);
			});
		});
		return join(all, " AND ", "true");
	}

	private String parameter(Object value) {
		if (++this.conditions > Where.MAX_CONDITIONS) {
			throw new InvalidArgumentException("where", "has more than " + Where.MAX_CONDITIONS + " conditions");
		}
		String name = "where" + this.parameters.size();
		this.parameters.put(name, value);
		return "$" + name;
	}

	private static Object asText(Object operand) {
		if (operand instanceof LocalDate date) {
			return date.toString();
		}
		return operand;
	}

	private static String join(List<String> conditions, String operator, String whenEmpty) {
		if (conditions.isEmpty()) {
			return whenEmpty;
		}
		return conditions.size() == 1 ? conditions.getFirst() : "(" + String.join(operator, conditions) + ")";
	}

	/** {@code careArea} → {@code CARE_AREA}: a NodeWhere field named after a kind. */
	private static String camelToConstant(String field) {
		return field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

}
