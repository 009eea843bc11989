package se.samverkanskartan.editing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.audit.AuditEntry.Action;
import se.samverkanskartan.audit.AuditLog;

/**
 * Creates, changes and deletes relationships between kinds their type allows, as the data loader checks them. The
 * type and the ends of a relationship are its identity: to move one, delete it and create another.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
@Transactional
class RelationEditor {

	static final String RELATION = AuditEntry.EntityType.RELATION.name();

	private final RelationStore store;

	private final NodeStore nodes;

	private final AuditLog audit;

	private final TextLimits limits;

	private final RelationRules rules;

	RelationEditor(RelationStore store, NodeStore nodes, AuditLog audit, TextLimits limits, RelationRules rules) {
		this.store = store;
		this.nodes = nodes;
		this.audit = audit;
		this.limits = limits;
		this.rules = rules;
	}

	/** Creates the relationship and returns its id. */
	String create(Map<String, Object> input) {
		RelationStore.Stored relation = this.rules.checked(input, new RelationRules.Graph() {

			@Override
			public Optional<Map<String, Object>> node(String id) {
				return RelationEditor.this.nodes.read(id);
			}

			@Override
			public boolean relationExists(String id) {
				return RelationEditor.this.store.exists(id);
			}

		});
		this.store.create(relation);
		this.audit.record(created(relation));
		return relation.id();
	}

	/** The audit trail's entry for a new relationship. */
	static AuditLog.Change created(RelationStore.Stored relation) {
		return new AuditLog.Change(Action.CREATE, RELATION, relation.id(), 1, null, relation.snapshot(),
				List.of(relation.from(), relation.to()), null);
	}

	/** Changes the relationship and returns the id of its start node. */
	String update(Map<String, Object> input) {
		String id = String.valueOf(input.get("id"));
		RelationStore.Stored current = locked(id, ((Number) input.get("version")).longValue());
		FactInput check = new FactInput(this.limits);
		Map<String, Object> properties = check.relation(input, current.properties());
		check.properties(input, properties, current.type().properties());
		check.throwIfAny();
		long version = current.version() + 1;
		properties.put("version", version);
		properties.put("seed", false);
		this.store.replace(id, properties);
		RelationStore.Stored changed = new RelationStore.Stored(current.type(), current.from(), current.to(), properties);
		this.audit.record(new AuditLog.Change(Action.UPDATE, RELATION, id, version, current.snapshot(), changed.snapshot(),
				List.of(current.from(), current.to()), null));
		return current.from();
	}

	String delete(String id, long version) {
		RelationStore.Stored current = locked(id, version);
		this.store.delete(id, !Boolean.FALSE.equals(current.properties().get("seed")));
		this.audit.record(new AuditLog.Change(Action.DELETE, RELATION, id, 0, current.snapshot(), null,
				List.of(current.from(), current.to()), null));
		return id;
	}

	RelationStore.Stored locked(String id, long expected) {
		RelationStore.Stored current = this.store.lock(id)
			.orElseThrow(() -> new EditException.NotFound("id", id, "relationship"));
		if (current.version() != expected) {
			throw new EditException.Conflict(id, current.version(), "'" + id + "' has been changed since version "
					+ expected + " was read; it is at version " + current.version() + " now. Nothing was written.");
		}
		return current;
	}

}
