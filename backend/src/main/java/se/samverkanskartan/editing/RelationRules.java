package se.samverkanskartan.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;

/**
 * The rules of a new relationship, as the data loader checks them: the kinds its type may join, a flow's direction,
 * an id of its own. One place for the API's editor, which looks up what it needs one by one, and the import, which
 * has read it for a whole file at once. No database access of its own, and no proxy: the import calls it per row.
 */
@Component
class RelationRules {

	/** What the rules ask of the graph: a node by its id, and whether a relationship id is taken. */
	interface Graph {

		Optional<Map<String, Object>> node(String id);

		boolean relationExists(String id);

	}

	private final TextLimits limits;

	RelationRules(TextLimits limits) {
		this.limits = limits;
	}

	/**
	 * The relationship the input describes, by the data loader's rules, as {@link RelationEditor#create} stores it; the
	 * import checks a whole file with it against what it read of the graph in one go.
	 */
	RelationStore.Stored checked(Map<String, Object> input, Graph graph) {
		RelationType type = RelationType.valueOf(String.valueOf(input.get("type")));
		String from = String.valueOf(input.get("from"));
		String to = String.valueOf(input.get("to"));
		FactInput check = new FactInput(this.limits);
		Map<String, Object> fromNode = end(graph, from, "from", check);
		NodeKind fromKind = kind(fromNode);
		NodeKind toKind = kind(end(graph, to, "to", check));
		if (fromKind != null && !type.from().contains(fromKind)) {
			check.problem("from", type + " cannot go from a " + fromKind.label() + "; it goes from " + type.from());
		}
		if (toKind != null && !type.to().contains(toKind)) {
			check.problem("to", type + " cannot go to a " + toKind.label() + "; it goes to " + type.to());
		}
		// As the data loader checks: a flow whose sources state no direction runs BETWEEN places, never FROM or TO.
		if (fromKind == NodeKind.FLOW && (type == RelationType.FROM || type == RelationType.TO)
				&& Boolean.FALSE.equals(fromNode.get("directionKnown"))) {
			check.problem("type", type + ": the flow '" + FactInput.shown(from)
					+ "' is marked directionKnown: false, so no direction is stated; use BETWEEN");
		}
		String id = input.get("id") == null ? from + "--" + type + "--" + to : input.get("id").toString().strip();
		if (id.isEmpty()) {
			check.problem("id", "must not be blank");
		}
		else if (!check.id("id", id)) {
			// Too long to look up.
		}
		else if (graph.relationExists(id)) {
			check.problem("id", "a relationship with the id '" + FactInput.shown(id) + "' exists already");
		}
		Map<String, Object> stored = new HashMap<>();
		stored.put("id", id);
		stored.put("seed", false);
		stored.put("unsourced", true);
		stored.put("version", 1L);
		stored.put("claimIds", List.of());
		Map<String, Object> properties = check.relation(input, stored);
		check.properties(input, properties, type.properties());
		check.throwIfAny();
		return new RelationStore.Stored(type, from, to, properties);
	}

	private static @Nullable Map<String, Object> end(Graph graph, String id, String field, FactInput check) {
		return graph.node(id).orElseGet(() -> {
			check.problem(field, "no node with the id '" + id + "'");
			return null;
		});
	}

	private static @Nullable NodeKind kind(@Nullable Map<String, Object> node) {
		return node == null ? null : NodeKind.valueOf(String.valueOf(node.get("kind")));
	}

}
