package se.samverkanskartan.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Checks the ids an API argument names before a read uses them as a filter: an id no node has, or a node of another
 * kind than the argument takes, is refused naming the argument, instead of an empty answer that a client cannot tell
 * from "nothing matches". A node the caller may not see counts as unknown, so the refusal tells nothing about it.
 */
@Component
public class KnownIds {

	private static final String KINDS = """
			MATCH (n:Entity) WHERE n.id IN $ids AND %s
			RETURN n.id AS id, n.kind AS kind""".formatted(Visibility.node("n"));

	private final Neo4jClient client;

	public KnownIds(Neo4jClient client) {
		this.client = client;
	}

	/** Refuses {@code id} unless a visible node of one of {@code kinds} has it; null passes (no filter). */
	public void require(String argument, @Nullable String id, NodeKind... kinds) {
		if (id != null) {
			require(argument, List.of(id), kinds);
		}
	}

	/** Refuses the first of {@code ids} that no visible node of one of {@code kinds} has; null passes. */
	public void require(String argument, @Nullable Collection<String> ids, NodeKind... kinds) {
		require(argument, ids, Arrays.asList(kinds));
	}

	/** As {@link #require(String, Collection, NodeKind...)}, for the kinds a relation type allows at one end. */
	public void require(String argument, @Nullable Collection<String> ids, Collection<NodeKind> kinds) {
		if (ids == null || ids.isEmpty()) {
			return;
		}
		Set<String> asked = new LinkedHashSet<>(ids);
		Map<String, NodeKind> found = new HashMap<>();
		this.client.query(KINDS)
			.bind(List.copyOf(asked)).to("ids")
			.bind(Visibility.seeInternal()).to(Visibility.PARAMETER)
			.fetch().all()
			.forEach(row -> found.put((String) row.get("id"), NodeKind.valueOf((String) row.get("kind"))));
		List<NodeKind> allowed = List.copyOf(kinds);
		for (String id : asked) {
			NodeKind kind = found.get(id);
			if (kind == null) {
				throw new InvalidArgumentException(argument, "no %s has the id '%s'".formatted(names(allowed), id),
						"unknownId", List.of(id));
			}
			if (!allowed.isEmpty() && !allowed.contains(kind)) {
				throw new InvalidArgumentException(argument,
						"'%s' is a %s, not a %s".formatted(id, kind.label(), names(allowed)), "wrongKind",
						List.of(id, kind.name()));
			}
		}
	}

	/** "Region", "Region or Hospital", "Region, Municipality or Hospital"; "node" for any kind. */
	private static String names(List<NodeKind> kinds) {
		if (kinds.isEmpty()) {
			return "node";
		}
		List<String> labels = kinds.stream().map(NodeKind::label).toList();
		String head = String.join(", ", labels.subList(0, labels.size() - 1));
		return head.isEmpty() ? labels.getLast() : head + " or " + labels.getLast();
	}

}
