package se.samverkanskartan.audit;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One recorded change. {@code before} and {@code after} are the fact as JSON objects; {@code related} holds the
 * ends of a relationship, so a node's history includes the relationships added to and removed from it. {@code seq}
 * is its place in the trail, null until {@link AuditSequencer} has placed it, moments after its commit.
 */
public record AuditEntry(String id, @Nullable Long seq, String at, String actor, String action, String entityType,
		String entityId, long version, @Nullable String before, @Nullable String after, List<String> changedFields,
		List<String> related, @Nullable String undoes, @Nullable String undoneBy, boolean internal) {

	/** The kinds of change. */
	public enum Action {

		CREATE, UPDATE, DELETE, ATTACH_EVIDENCE, UNDO

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
