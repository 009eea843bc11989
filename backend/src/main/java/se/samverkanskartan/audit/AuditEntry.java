package se.samverkanskartan.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;

/**
 * One recorded change. {@code before} and {@code after} are the fact as JSON objects; {@code related} holds the
 * ends of a relationship, so a node's history includes the relationships added to and removed from it. {@code seq}
 * is its place in the trail, null until {@link AuditSequencer} has placed it, moments after its commit.
 */
public record AuditEntry(String id, @Nullable Long seq, String at, String actor, String action, String entityType,
		String entityId, long version, @Nullable String before, @Nullable String after, List<String> changedFields,
		List<String> related, @Nullable String undoes, @Nullable String undoneBy, boolean internal) {

	/** The kinds of change; the schema's {@code AuditAction} has these values, in this order. */
	public enum Action {

		CREATE, UPDATE, DELETE, ATTACH_EVIDENCE, UNDO

	}

	/** What an entry is about; the schema's {@code ElementType} has these values, in this order. */
	public enum EntityType {

		NODE, RELATION

	}

	/** The fields the change set, changed or cleared, without the store's bookkeeping ({@link FieldChanges}). */
	public List<FieldChange> changes() {
		return FieldChanges.of(this.entityType, this.before, this.after);
	}

	/** The kind of the node changed; null for a relationship. */
	public @Nullable NodeKind kind() {
		return isRelation() ? null : identity("kind").map(NodeKind::valueOf).orElse(null);
	}

	/** The node's name after the change, or before it for a deletion; null for a relationship. */
	public @Nullable String entityName() {
		return isRelation() ? null : identity("name").orElse(null);
	}

	/** For a relationship, its type; null for a node. */
	public @Nullable RelationType relationType() {
		return isRelation() ? identity("type").map(RelationType::valueOf).orElse(null) : null;
	}

	/** For a relationship, the id of the node it starts at; null for a node. */
	public @Nullable String source() {
		return isRelation() ? identity("from").orElse(null) : null;
	}

	/** For a relationship, the id of the node it ends at; null for a node. */
	public @Nullable String target() {
		return isRelation() ? identity("to").orElse(null) : null;
	}

	private boolean isRelation() {
		return EntityType.RELATION.name().equals(this.entityType);
	}

	/** A top-level field of the fact, as it is after the change, or was before it when it is gone. */
	private Optional<String> identity(String field) {
		for (String json : new String[] { this.after, this.before }) {
			if (json != null && Snapshots.fromJson(json).get(field) instanceof String value) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	@SuppressWarnings("unchecked")
	static AuditEntry fromProjection(Map<String, Object> map) {
		return new AuditEntry((String) map.get("id"), map.get("seq") instanceof Number seq ? seq.longValue() : null,
				(String) map.get("at"),
				(String) map.get("actor"), (String) map.get("action"), (String) map.get("entityType"),
				(String) map.get("entityId"), ((Number) map.getOrDefault("version", 0L)).longValue(),
				(String) map.get("before"), (String) map.get("after"),
				(List<String>) map.getOrDefault("changedFields", List.of()),
				(List<String>) map.getOrDefault("related", List.of()), (String) map.get("undoes"),
				(String) map.get("undoneBy"), Boolean.TRUE.equals(map.get("internal")));
	}

}
