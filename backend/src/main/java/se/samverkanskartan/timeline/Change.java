package se.samverkanskartan.timeline;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.GraphNode;

/** One change to a node or relationship between two dates. */
public record Change(String id, String elementType, @Nullable GraphNode node, @Nullable String relationType,
		@Nullable String source, @Nullable String target, @Nullable LocalDate date, String description) {

	static Change ofNode(GraphNode node, @Nullable LocalDate date, String description) {
		return new Change(node.id(), "NODE", node, null, null, null, date, description);
	}

	static Change ofRelation(String id, String type, String source, String target, @Nullable LocalDate date,
			String description) {
		return new Change(id, "RELATION", null, type, source, target, date, description);
	}

}
