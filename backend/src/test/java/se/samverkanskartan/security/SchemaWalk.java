package se.samverkanskartan.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds, from the schema the API introspects, a query per root field that selects everything: every scalar, every
 * nested field, and for interfaces every type's own fields. Nodes, claims and audit entries are expanded fully two
 * levels down (a node, the nodes and claims around it) and with their scalars on the third, so that whatever a new
 * field returns is in the walk without anyone adding it by hand.
 */
final class SchemaWalk {

	static final String INTROSPECTION = """
			{ __schema { queryType { name } types { name kind interfaces { name } possibleTypes { name }
			  fields { name args { name type { ...Ref } } type { ...Ref } } } } }
			fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }""";

	/** How many levels of nodes, claims and audit entries are expanded with their nested fields. */
	private static final int EXPANDED = 2;

	private record Type(String name, String kind, List<Map<String, Object>> fields, List<String> possibleTypes,
			List<String> interfaces) {
	}

	private final Map<String, Type> types = new LinkedHashMap<>();

	private final String queryType;

	@SuppressWarnings("unchecked")
	SchemaWalk(Map<String, Object> introspection) {
		Map<String, Object> schema = (Map<String, Object>) introspection.get("__schema");
		this.queryType = (String) ((Map<String, Object>) schema.get("queryType")).get("name");
		for (Map<String, Object> type : (List<Map<String, Object>>) schema.get("types")) {
			List<Map<String, Object>> fields = type.get("fields") == null ? List.of()
					: (List<Map<String, Object>>) type.get("fields");
			this.types.put((String) type.get("name"), new Type((String) type.get("name"), (String) type.get("kind"),
					fields, names(type.get("possibleTypes")), names(type.get("interfaces"))));
		}
	}

	/** The types the walk is inside of, innermost first. */
	private final java.util.Deque<String> open = new java.util.ArrayDeque<>();

	/** The root fields of the query type, with whether each has required arguments. */
	Map<String, Boolean> rootFields() {
		Map<String, Boolean> roots = new LinkedHashMap<>();
		for (Map<String, Object> field : this.types.get(this.queryType).fields()) {
			roots.put((String) field.get("name"), hasRequiredArguments(field));
		}
		return roots;
	}

	/** The document for one root field with its arguments, e.g. {@code (id: "hospital-sus")}, or "" for none. */
	String query(String rootField, String arguments) {
		Map<String, Object> field = this.types.get(this.queryType).fields().stream()
			.filter(f -> rootField.equals(f.get("name")))
			.findFirst()
			.orElseThrow();
		return "{ " + rootField + arguments + selection(namedType(field), 0, 0) + " }";
	}

	private String selection(String typeName, int level, int wrappers) {
		Type type = this.types.get(typeName);
		if (!"OBJECT".equals(type.kind()) && !"INTERFACE".equals(type.kind())) {
			return "";
		}
		boolean entity = isEntity(type);
		// A value type met again below itself (a gap that describes gaps) is read to its scalars there: the
		// entities below it are reached the first time round.
		boolean again = !entity && this.open.contains(typeName);
		boolean expanded = !again && (!entity || level < EXPANDED);
		if (wrappers > 8) {
			throw new IllegalStateException("The walk runs in circles below " + typeName);
		}
		this.open.push(typeName);
		List<String> parts = new ArrayList<>(fields(type.fields(), entity ? level + 1 : level,
				entity ? 0 : wrappers + 1, expanded));
		this.open.pop();
		if ("INTERFACE".equals(type.kind()) && expanded) {
			Set<String> shared = type.fields().stream().map(f -> (String) f.get("name")).collect(Collectors.toSet());
			for (String possible : type.possibleTypes()) {
				List<Map<String, Object>> own = this.types.get(possible).fields().stream()
					.filter(f -> !shared.contains(f.get("name")))
					.toList();
				List<String> ownParts = fields(own, level + 1, 0, true);
				if (!ownParts.isEmpty()) {
					parts.add("... on " + possible + " { " + String.join(" ", ownParts) + " }");
				}
			}
		}
		parts.add("__typename");
		return " { " + String.join(" ", parts) + " }";
	}

	private List<String> fields(List<Map<String, Object>> fields, int level, int wrappers, boolean expanded) {
		List<String> parts = new ArrayList<>();
		for (Map<String, Object> field : fields) {
			String name = (String) field.get("name");
			if (hasRequiredArguments(field)) {
				throw new IllegalStateException("The walk has no arguments for the nested field " + name);
			}
			String nested = namedType(field);
			String kind = this.types.get(nested).kind();
			if ("SCALAR".equals(kind) || "ENUM".equals(kind)) {
				parts.add(name);
			}
			else if (expanded) {
				parts.add(name + selection(nested, level, wrappers));
			}
		}
		return parts;
	}

	/** Nodes, claims and audit entries: what the walk looks for, and what it expands level by level. */
	private static boolean isEntity(Type type) {
		return type.name().equals("Node") || type.interfaces().contains("Node") || type.name().equals("Claim")
				|| type.name().equals("AuditEntry");
	}

	@SuppressWarnings("unchecked")
	private static boolean hasRequiredArguments(Map<String, Object> field) {
		return ((List<Map<String, Object>>) field.get("args")).stream()
			.anyMatch(arg -> "NON_NULL".equals(((Map<String, Object>) arg.get("type")).get("kind")));
	}

	@SuppressWarnings("unchecked")
	private static String namedType(Map<String, Object> field) {
		Map<String, Object> type = (Map<String, Object>) field.get("type");
		while (type.get("name") == null) {
			type = (Map<String, Object>) type.get("ofType");
		}
		return (String) type.get("name");
	}

	@SuppressWarnings("unchecked")
	private static List<String> names(Object list) {
		return list == null ? List.of() : ((List<Map<String, Object>>) list).stream().map(m -> (String) m.get("name")).toList();
	}

}
