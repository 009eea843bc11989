package se.samverkanskartan.timeline;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.GraphNode;

/**
 * One change to a node or relationship between two dates. Besides the Swedish description it carries the parts a
 * client needs to say it in its own language: the names of a relationship's ends, and for a changed value the field
 * and its values before and after (enum values as the schema spells them).
 */
public record Change(String id, ElementType elementType, @Nullable GraphNode node, @Nullable String relationType,
		@Nullable String source, @Nullable String target, @Nullable String sourceName, @Nullable String targetName,
		@Nullable String field, @Nullable String before, @Nullable String after, @Nullable LocalDate date,
		String description) {

	/** Whether the change is to a node or a relationship; the schema's {@code ElementType} has these values. */
	public enum ElementType {

		NODE, RELATION

	}

	static Change ofNode(GraphNode node, @Nullable LocalDate date, String description) {
		return new Change(node.id(), ElementType.NODE, node, null, null, null, null, null, null, null, null, date, description);
	}

	/** A changed value: {@code field} as the schema names it, {@code swedish} as the description names it. */
	static Change ofValue(GraphNode node, String field, String swedish, @Nullable String before, @Nullable String after,
			@Nullable LocalDate date) {
		return new Change(node.id(), ElementType.NODE, node, null, null, null, null, null, field, before, after, date,
				swedish + ": " + (before == null ? "–" : before) + " → " + after);
	}

	static Change ofRelation(String id, String type, String source, String target, String sourceName,
			String targetName, @Nullable LocalDate date, String description) {
		return new Change(id, ElementType.RELATION, null, type, source, target, sourceName, targetName, null, null, null, date,
				description);
	}

}
