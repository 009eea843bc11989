package se.samverkanskartan.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.audit.Actor;
import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.audit.AuditEntry.Action;
import se.samverkanskartan.audit.AuditLog;
import se.samverkanskartan.audit.AuditReader;
import se.samverkanskartan.audit.Snapshots;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;

/**
 * Undoes the caller's latest change that is not undone yet, by putting back the fact as the audit trail recorded it
 * before. It refuses when anyone else has changed the same fact (or a relationship at it) since, and the version
 * check refuses when the fact is no longer as the change left it: an undo never overwrites someone else's work.
 * The caller's own later changes, already undone, moved the version on; the check expects the version the latest
 * recorded change left, so repeated undos walk back through the caller's changes one after another.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
@Transactional
class UndoService {

	private static final List<String> ATTACHED = List.of("relations", "evidence", "statuses", "claim");

	private final AuditReader trail;

	private final AuditLog audit;

	private final NodeEditor nodes;

	private final RelationEditor relations;

	private final NodeStore nodeStore;

	private final RelationStore relationStore;

	private final Neo4jClient client;

	UndoService(AuditReader trail, AuditLog audit, NodeEditor nodes, RelationEditor relations, NodeStore nodeStore,
			RelationStore relationStore, Neo4jClient client) {
		this.trail = trail;
		this.audit = audit;
		this.nodes = nodes;
		this.relations = relations;
		this.nodeStore = nodeStore;
		this.relationStore = relationStore;
		this.client = client;
	}

	AuditEntry undoLastChange() {
		AuditEntry entry = this.trail.lastUndoable(Actor.current())
			.orElseThrow(() -> new EditException.Invalid("undo", "you have no change left to undo"));
		this.trail.changedByOthersSince(entry).ifPresent(later -> {
			throw new EditException.Conflict(entry.entityId(), later.version(), "Undo refused: " + later.actor() + " changed '"
					+ later.entityId() + "' at " + later.at() + ", after your change to '" + entry.entityId() + "'.");
		});
		Map<String, Object> before = entry.before() == null ? null : Snapshots.fromJson(entry.before());
		long version = this.trail.versionNow(entry);
		return NodeEditor.NODE.equals(entry.entityType()) ? undoNode(entry, version, before)
				: undoRelation(entry, version, before);
	}

	@SuppressWarnings("unchecked")
	private AuditEntry undoNode(AuditEntry entry, long version, @Nullable Map<String, Object> before) {
		String id = entry.entityId();
		if (before == null) {
			// A creation: delete what was created, as long as it is as the creation left it.
			Map<String, Object> current = this.nodes.locked(id, version);
			this.nodeStore.delete(id, false);
			return record(entry, NodeEditor.NODE, 0, current, null, List.of());
		}
		Map<String, Object> fact = new HashMap<>(before);
		Map<String, Object> attached = new HashMap<>();
		ATTACHED.forEach(key -> {
			if (fact.containsKey(key)) {
				attached.put(key, fact.remove(key));
			}
		});
		fact.put("seed", false);
		if (entry.after() == null) {
			// A deletion: put the node back, with its relationships and evidence.
			if (this.nodeStore.exists(id)) {
				throw new EditException.Conflict(id, NodeEditor.version(this.nodeStore.read(id).orElseThrow()),
						"Undo refused: a node with the id '" + id + "' has been created since.");
			}
			fact.put("version", NodeEditor.version(before) + 1);
			this.nodeStore.restore(NodeKind.valueOf(String.valueOf(fact.get("kind"))), fact, attached);
			return record(entry, NodeEditor.NODE, NodeEditor.version(fact), null, fact, List.of());
		}
		Map<String, Object> current = this.nodes.locked(id, version);
		fact.put("version", NodeEditor.version(current) + 1);
		this.nodeStore.replace(id, fact);
		if (Action.ATTACH_EVIDENCE.name().equals(entry.action())) {
			String claim = (String) Snapshots.fromJson(entry.after()).get("claim");
			this.client.query("MATCH (:Entity {id: $id})-[r:EVIDENCED_BY]->(:Claim {id: $claim}) WHERE r.seed IS NULL DELETE r")
				.bind(id).to("id").bind(claim).to("claim").run();
		}
		return record(entry, NodeEditor.NODE, NodeEditor.version(fact), current, fact, List.of());
	}

	@SuppressWarnings("unchecked")
	private AuditEntry undoRelation(AuditEntry entry, long version, @Nullable Map<String, Object> before) {
		String id = entry.entityId();
		if (before == null) {
			RelationStore.Stored current = this.relations.locked(id, version);
			this.relationStore.delete(id, false);
			return record(entry, RelationEditor.RELATION, 0, current.snapshot(), null, ends(current));
		}
		Map<String, Object> properties = new HashMap<>((Map<String, Object>) before.get("properties"));
		properties.put("seed", false);
		RelationStore.Stored restored = new RelationStore.Stored(RelationType.valueOf((String) before.get("type")),
				(String) before.get("from"), (String) before.get("to"), properties);
		if (entry.after() == null) {
			if (!this.nodeStore.exists(restored.from()) || !this.nodeStore.exists(restored.to())) {
				throw new EditException.Conflict(id, 0, "Undo refused: an end of '" + id + "' has been deleted since.");
			}
			properties.put("version", restored.version() + 1);
			this.relationStore.create(restored);
			return record(entry, RelationEditor.RELATION, restored.version(), null, restored.snapshot(), ends(restored));
		}
		RelationStore.Stored current = this.relations.locked(id, version);
		properties.put("version", current.version() + 1);
		this.relationStore.replace(id, properties);
		return record(entry, RelationEditor.RELATION, restored.version(), current.snapshot(), restored.snapshot(),
				ends(restored));
	}

	private AuditEntry record(AuditEntry undone, String entityType, long version, @Nullable Map<String, ?> before,
			@Nullable Map<String, ?> after, List<String> related) {
		return this.audit.record(new AuditLog.Change(Action.UNDO, entityType, undone.entityId(), version, before, after,
				related, undone.id()));
	}

	private static List<String> ends(RelationStore.Stored relation) {
		return List.of(relation.from(), relation.to());
	}

}
