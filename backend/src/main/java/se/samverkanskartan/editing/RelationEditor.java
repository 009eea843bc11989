package se.samverkanskartan.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.audit.AuditEntry.Action;
import se.samverkanskartan.audit.AuditLog;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;

/**
 * Creates, changes and deletes relationships between kinds their type allows, as the data loader checks them. The
 * type and the ends of a relationship are its identity: to move one, delete it and create another.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
@Transactional
class RelationEditor {

	static final String RELATION = "RELATION";

	private final RelationStore store;

	private final NodeStore nodes;

	private final AuditLog audit;

	private final TextLimits limits;

	RelationEditor(RelationStore store, NodeStore nodes, AuditLog audit, TextLimits limits) {
		this.store = store;
		this.nodes = nodes;
		this.audit = audit;
		this.limits = limits;
	}

	/** Creates the relationship and returns its id. */
	String create(Map<String, Object> input) {
		RelationType type = RelationType.valueOf(String.valueOf(input.get("type")));
		String from = String.valueOf(input.get("from"));
		String to = String.valueOf(input.get("to"));
		FactInput check = new FactInput(this.limits);
		NodeKind fromKind = kind(from, "from", check);
		NodeKind toKind = kind(to, "to", check);
		if (fromKind != null && !type.from().contains(fromKind)) {
			check.problem("from", type + " cannot go from a " + fromKind.label() + "; it goes from " + type.from());
		}
		if (toKind != null && !type.to().contains(toKind)) {
			check.problem("to", type + " cannot go to a " + toKind.label() + "; it goes to " + type.to());
		}
		// As the data loader checks: a flow whose sources state no direction runs BETWEEN places, never FROM or TO.
		if (fromKind == NodeKind.FLOW && (type == RelationType.FROM || type == RelationType.TO) && this.nodes.read(from)
			.map(node -> Boolean.FALSE.equals(node.get("directionKnown"))).orElse(false)) {
			check.problem("type", type + ": the flow '" + FactInput.shown(from)
					+ "' is marked directionKnown: false, so no direction is stated; use BETWEEN");
		}
		String id = input.get("id") == null ? from + "--" + type + "--" + to : input.get("id").toString().strip();
		if (id.isEmpty()) {
			check.problem("id", "must not be blank");
		}
		else if (!check.id("id", id)) {
			// Too long to look up.
		}
		else if (this.store.exists(id)) {
			check.problem("id", "a relationship with the id '" + FactInput.shown(id) + "' exists already");
		}
		Map<String, Object> stored = new HashMap<>();
		stored.put("id", id);
		stored.put("seed", false);
		stored.put("unsourced", true);
		stored.put("version", 1L);
		stored.put("claimIds", List.of());
		Map<String, Object> properties = check.relation(input, stored);
		check.properties(input, properties, type.properties());
		check.throwIfAny();
		RelationStore.Stored relation = new RelationStore.Stored(type, from, to, properties);
		this.store.create(relation);
		this.audit.record(new AuditLog.Change(Action.CREATE, RELATION, id, 1, null, relation.snapshot(), List.of(from, to), null));
		return id;
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

	private @Nullable NodeKind kind(String id, String field, FactInput check) {
		return this.nodes.read(id).map(node -> NodeKind.valueOf(String.valueOf(node.get("kind")))).orElseGet(() -> {
			check.problem(field, "no node with the id '" + id + "'");
			return null;
		});
	}

}
