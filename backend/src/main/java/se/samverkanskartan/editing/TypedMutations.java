package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeKind;

/**
 * The typed mutations ({@link TypedMutationSchema}) as the generic ones: each typed input becomes the input of
 * {@code createNode} or {@code updateNode} and goes through {@link NodeEditor}, so that roles, validation, text
 * limits, versions, the audit trail and the announcements are the same. A problem with a property is named by its
 * typed field ({@code latitude}), not as the generic input names it ({@code properties.latitude}).
 */
@Component
class TypedMutations {

	private static final String PROPERTY = "properties.";

	private final NodeEditor nodes;

	TypedMutations(NodeEditor nodes) {
		this.nodes = nodes;
	}

	GraphNode create(NodeKind kind, Map<String, Object> input) {
		Map<String, Object> generic = common(kind, input);
		generic.put("kind", kind.name());
		List<Map<String, Object>> properties = new ArrayList<>();
		properties(kind, input).forEach((name, value) -> {
			if (value != null) {
				properties.add(value instanceof List<?> ? Map.of("name", name, "values", value)
						: Map.of("name", name, "value", value));
			}
		});
		if (!properties.isEmpty()) {
			generic.put("properties", properties);
		}
		return named(() -> this.nodes.create(generic));
	}

	GraphNode update(NodeKind kind, String id, int version, Map<String, Object> input) {
		Map<String, Object> generic = common(kind, input);
		generic.put("id", id);
		generic.put("version", version);
		if (generic.containsKey("provenance") && generic.get("provenance") == null) {
			// Cleared, it is what a node without one is.
			generic.put("provenance", "STATED");
		}
		return named(() -> this.nodes.patch(kind, generic, properties(kind, input)));
	}

	/** The fields every node has, as given (an explicit null included). */
	private static Map<String, Object> common(NodeKind kind, Map<String, Object> input) {
		Map<String, Object> common = new HashMap<>(input);
		kind.properties().keySet().forEach(common::remove);
		return common;
	}

	/** The kind's properties given, as text: numbers and booleans as the generic input writes them. */
	private static Map<String, @Nullable Object> properties(NodeKind kind, Map<String, Object> input) {
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		kind.properties().keySet().stream().filter(input::containsKey).forEach(name -> {
			Object value = input.get(name);
			properties.put(name, value == null || value instanceof List<?> ? value : String.valueOf(value));
		});
		return properties;
	}

	private interface Edit {

		GraphNode run();

	}

	private static GraphNode named(Edit edit) {
		try {
			return edit.run();
		}
		catch (EditException.Invalid ex) {
			throw new EditException.Invalid(ex.problems().stream()
				.map(p -> p.field().startsWith(PROPERTY)
						? new EditException.FieldProblem(p.field().substring(PROPERTY.length()), p.message()) : p)
				.toList());
		}
	}

}
