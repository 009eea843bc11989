package se.samverkanskartan.ui.api;

import java.util.List;

/**
 * One entry of the audit trail ({@code AuditEntry}): who changed what when, and the fact before and after as JSON.
 */
public record AuditRecord(String id, String at, String actor, String action, String entityType, String entityId,
		Integer version, String before, String after, List<String> changedFields, String undoes, String undoneBy) {

	public AuditRecord {
		changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
	}
}
