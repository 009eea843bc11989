package se.samverkanskartan.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A node as the API shows it: the fields every kind shares, and the kind-specific ones in {@link #properties()}
 * (GraphQL resolves a field such as {@code Hospital.city} from there).
 */
public record GraphNode(String id, NodeKind kind, String name, List<String> aliases, @Nullable String description,
		Provenance provenance, @Nullable String reason, Validity validity, Map<String, Object> properties) {

	/** The fields of the record itself; every other GraphQL field of a node is one of its properties. */
	static final Set<String> ACCESSORS = Set.of("id", "kind", "name", "aliases", "description", "provenance",
			"reason", "validity", "properties");

	private static final Set<String> COMMON = Set.of("id", "kind", "name", "aliases", "aliasText", "description",
			"provenance", "reason", "validFrom", "validFromPrecision", "validTo", "validToPrecision", "validLabel", "seed");

	/** Builds a node from the map of its stored properties, as a Cypher map projection returns it. */
	@SuppressWarnings("unchecked")
	public static GraphNode fromProperties(Map<String, Object> stored) {
		Map<String, Object> specific = new HashMap<>(stored);
		specific.keySet().removeAll(COMMON);
		return new GraphNode((String) stored.get("id"), NodeKind.valueOf((String) stored.get("kind")),
				(String) stored.get("name"), (List<String>) stored.getOrDefault("aliases", List.of()),
				(String) stored.get("description"), Provenance.valueOf((String) stored.get("provenance")),
				(String) stored.get("reason"), Validity.fromProperties(stored), Map.copyOf(specific));
	}

	public @Nullable Object property(String name) {
		return this.properties.get(name);
	}

}
