package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samverkanskartan.audit.AuditEntry.Action;
import se.samverkanskartan.audit.AuditLog;
import se.samverkanskartan.editing.ImportEvidence.NewClaim;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;

/**
 * The new facts of one import file, gathered row by row and written together: each ends as the editors would
 * leave it after creating it and attaching its evidence (no longer unsourced, at version 2), and the audit trail
 * gets the same two entries per fact, a creation and the evidence, in the order of the rows.
 */
final class ImportBatch {

	private final Map<NodeKind, List<Map<String, Object>>> nodes = new EnumMap<>(NodeKind.class);

	private final Map<RelationType, List<Map<String, Object>>> relations = new EnumMap<>(RelationType.class);

	private final List<String> ids = new ArrayList<>();

	private final List<Map<String, Object>> claims = new ArrayList<>();

	private final List<AuditLog.Change> changes = new ArrayList<>();

	/** A new node, as {@link NodeEditor#create} stores it (version 1, unsourced), and its evidence if any. */
	void node(NodeKind kind, Map<String, Object> created, Optional<NewClaim> claim) {
		String id = String.valueOf(created.get("id"));
		this.ids.add(id);
		this.changes.add(new AuditLog.Change(Action.CREATE, NodeEditor.NODE, id, 1, null, created, List.of(), null));
		Map<String, Object> row = new HashMap<>();
		row.put("fact", created);
		if (claim.isPresent()) {
			Map<String, Object> fact = EvidenceEditor.sourced(created);
			row.put("fact", fact);
			row.put("claim", claim.get().id());
			this.claims.add(claim.get().row());
			Map<String, Object> after = new HashMap<>(fact);
			after.put("claim", claim.get().id());
			this.changes.add(new AuditLog.Change(Action.ATTACH_EVIDENCE, NodeEditor.NODE, id, 2, created, after,
					List.of(), null));
		}
		this.nodes.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
	}

	/** A new relationship, as {@link RelationRules#checked} gives it (version 1, unsourced), and its evidence if any. */
	void relation(RelationStore.Stored created, Optional<NewClaim> claim) {
		this.ids.add(created.id());
		AuditLog.Change creation = RelationEditor.created(created);
		this.changes.add(creation);
		RelationStore.Stored relation = created;
		if (claim.isPresent()) {
			Map<String, Object> properties = EvidenceEditor.sourced(created.properties());
			properties.put("claimIds", List.of(claim.get().id()));
			relation = new RelationStore.Stored(created.type(), created.from(), created.to(), properties);
			this.claims.add(claim.get().row());
			this.changes.add(new AuditLog.Change(Action.ATTACH_EVIDENCE, RelationEditor.RELATION, created.id(), 2,
					creation.after(), relation.snapshot(), List.of(created.from(), created.to()), null));
		}
		this.relations.computeIfAbsent(created.type(), t -> new ArrayList<>())
			.add(Map.of("from", relation.from(), "to", relation.to(), "properties", relation.properties()));
	}

	/** Writes it all: the facts and their evidence with a few queries per kind or type, then the audit trail. */
	void write(ImportStore store, AuditLog audit) {
		store.claims(this.claims);
		this.nodes.forEach(store::createNodes);
		this.relations.forEach(store::createRelations);
		store.clearTombstones(this.ids);
		audit.recordAll(this.changes);
	}

}
