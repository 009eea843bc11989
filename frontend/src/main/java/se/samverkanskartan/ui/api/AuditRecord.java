package se.samverkanskartan.ui.api;

import java.util.List;

/**
 * One entry of the audit trail ({@code AuditEntry}): who changed what when, and field by field what changed, as the
 * API gives it in {@code changes}.
 */
public record AuditRecord(String id, String at, String actor, String action, String entityType, String entityId,
		String entityName, Integer version, List<FieldChange> changes, List<String> changedFields, String undoes,
		String undoneBy) {

	public AuditRecord {
		changes = changes == null ? List.of() : List.copyOf(changes);
		changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
	}

	/**
	 * One changed field ({@code FieldChange}): its name as the API's inputs name it, and its values before and after
	 * as plain values (text, number, boolean or a list), null where there was or is none.
	 */
	public record FieldChange(String field, Object before, Object after) {
	}
}
