package se.samverkanskartan.editing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.audit.AuditEntry.Action;
import se.samverkanskartan.audit.AuditLog;
import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeKind;

/** Creates, changes and deletes nodes: each in one transaction with its audit entry, for editors only. */
@Service
@PreAuthorize("hasRole('EDITOR')")
@Transactional
class NodeEditor {

	static final String NODE = AuditEntry.EntityType.NODE.name();

	private final NodeStore store;

	private final AuditLog audit;

	private final TextLimits limits;

	NodeEditor(NodeStore store, AuditLog audit, TextLimits limits) {
		this.store = store;
		this.audit = audit;
		this.limits = limits;
	}

	GraphNode create(Map<String, Object> input) {
		NodeKind kind = NodeKind.valueOf(String.valueOf(input.get("kind")));
		Map<String, Object> fact = checkedNew(input, this.store::exists);
		this.store.create(kind, fact);
		this.audit.record(new AuditLog.Change(Action.CREATE, NODE, String.valueOf(fact.get("id")), 1, null, fact,
				List.of(), null));
		return GraphNode.fromProperties(fact);
	}

	/**
	 * The node {@link #create} would store, checked by its rules, without writing it: for writes that store many
	 * at once. {@code taken} says whether an id is in use.
	 */
	Map<String, Object> checkedNew(Map<String, Object> input, Predicate<String> taken) {
		NodeKind kind = NodeKind.valueOf(String.valueOf(input.get("kind")));
		FactInput check = new FactInput(this.limits);
		String id = input.get("id") == null ? freeId(kind, String.valueOf(input.get("name"))) : input.get("id").toString();
		if (!check.id("id", id)) {
			// Refused by its length; a regular expression over megabytes is not worth running.
		}
		else if (!FactInput.SLUG.matcher(id).matches()) {
			check.problem("id", "must be a lower-case slug of a-z, 0-9 and single hyphens, was '" + FactInput.shown(id) + "'");
		}
		else if (taken.test(id)) {
			check.problem("id", "a node with the id '" + id + "' exists already");
		}
		Map<String, Object> stored = new HashMap<>();
		stored.put("id", id);
		stored.put("kind", kind.name());
		// Created through the API: no data file owns it, and nothing supports it until evidence is attached.
		stored.put("seed", false);
		stored.put("unsourced", true);
		stored.put("version", 1L);
		if (kind == NodeKind.DOCUMENT) {
			stored.put("documentKind", "EXTERNAL");
		}
		Map<String, Object> fact = check.node(input, stored);
		check.properties(input, fact, kind.properties());
		check.throwIfAny();
		return fact;
	}

	GraphNode update(Map<String, Object> input) {
		return change(input, null, (check, fact, kind) -> check.properties(input, fact, kind.properties()));
	}

	/**
	 * Changes a node of the given kind, as {@link #update} does, but for its properties: only those in
	 * {@code properties} change (null clears one), the others keep their values. For the typed mutations.
	 */
	GraphNode patch(NodeKind expected, Map<String, Object> input, Map<String, @Nullable Object> properties) {
		return change(input, expected, (check, fact, kind) -> check.patchProperties(properties, fact, kind.properties()));
	}

	/** How a change applies the kind's properties to the fact. */
	private interface PropertyChange {

		void apply(FactInput check, Map<String, Object> fact, NodeKind kind);

	}

	private GraphNode change(Map<String, Object> input, @Nullable NodeKind expected, PropertyChange properties) {
		String id = String.valueOf(input.get("id"));
		Map<String, Object> current = locked(id, ((Number) input.get("version")).longValue());
		NodeKind kind = NodeKind.valueOf(String.valueOf(current.get("kind")));
		if (expected != null && kind != expected) {
			throw new EditException.Invalid("id", "'" + id + "' is a " + kind.label() + ", not a " + expected.label());
		}
		FactInput check = new FactInput(this.limits);
		Map<String, Object> fact = check.node(input, current);
		properties.apply(check, fact, kind);
		check.throwIfAny();
		long version = version(current) + 1;
		fact.put("version", version);
		fact.put("seed", false);
		this.store.replace(id, fact);
		this.audit.record(new AuditLog.Change(Action.UPDATE, NODE, id, version, current, fact, List.of(), null));
		return GraphNode.fromProperties(fact);
	}

	String delete(String id, long version) {
		Map<String, Object> current = locked(id, version);
		Map<String, Object> before = new HashMap<>(current);
		before.putAll(this.store.delete(id, !Boolean.FALSE.equals(current.get("seed"))));
		this.audit.record(new AuditLog.Change(Action.DELETE, NODE, id, 0, before, null, List.of(), null));
		return id;
	}

	/** The node, locked, provided the caller's version is still the current one. */
	Map<String, Object> locked(String id, long expected) {
		Map<String, Object> current = this.store.lock(id).orElseThrow(() -> new EditException.NotFound("id", id, "node"));
		long version = version(current);
		if (version != expected) {
			throw new EditException.Conflict(id, version, "'" + id + "' has been changed since version " + expected
					+ " was read; it is at version " + version + " now. Nothing was written.");
		}
		return current;
	}

	static long version(Map<String, ?> fact) {
		return fact.get("version") instanceof Number version ? version.longValue() : 0L;
	}

	/** An id from the kind and the name, e.g. {@code hospital-vaxjo-sjukhus}, made unique with a number. */
	private String freeId(NodeKind kind, String name) {
		// A name over its limit is refused as the name; the id made from it need not say so too.
		name = name.length() > this.limits.name() ? name.substring(0, this.limits.name()) : name;
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		String slug = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
				+ folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		// Room for a "-n" suffix within the id limit.
		slug = slug.substring(0, Math.min(slug.length(), this.limits.id() - 4)).replaceAll("-+$", "");
		String id = slug;
		for (int n = 2; this.store.exists(id); n++) {
			id = slug + "-" + n;
		}
		return id;
	}

}
