package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.editing.BulkNodesPayload.ItemError;
import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.InvalidArgumentException;
import se.samverkanskartan.graph.NodeKind;

/**
 * Writes many nodes in one transaction, each input through {@link NodeEditor} as its own mutation would go, with
 * its own audit entry. A refused input does not stop the others from being checked, so that every problem is
 * reported at once; any problem rolls all of it back, and nothing is announced.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
class BulkNodeEditor {

	private final NodeEditor nodes;

	private final NodeStore store;

	private final TransactionTemplate transactions;

	private final BulkLimits limits;

	BulkNodeEditor(NodeEditor nodes, NodeStore store, PlatformTransactionManager transactionManager, BulkLimits limits) {
		this.nodes = nodes;
		this.store = store;
		this.transactions = new TransactionTemplate(transactionManager);
		this.limits = limits;
	}

	BulkNodesPayload create(List<Map<String, Object>> inputs) {
		return run(inputs, false);
	}

	BulkNodesPayload upsert(List<Map<String, Object>> inputs) {
		return run(inputs, true);
	}

	private BulkNodesPayload run(List<Map<String, Object>> inputs, boolean upsert) {
		if (inputs.size() > this.limits.maxItems()) {
			throw new InvalidArgumentException("inputs", "has " + inputs.size() + " inputs; at most "
					+ this.limits.maxItems() + " are written at once (samverkanskartan.editing.bulk.max-items)");
		}
		List<ItemError> errors = new ArrayList<>();
		List<Integer> repeated = repeatedIds(inputs, errors);
		BulkNodesPayload payload = this.transactions.execute(status -> {
			List<GraphNode> written = new ArrayList<>();
			List<String> created = new ArrayList<>();
			List<String> updated = new ArrayList<>();
			for (int i = 0; i < inputs.size(); i++) {
				Map<String, Object> input = new HashMap<>(inputs.get(i));
				String id = input.get("id") == null ? null : input.get("id").toString();
				if (repeated.contains(i)) {
					continue;
				}
				try {
					Optional<Map<String, Object>> current = upsert ? this.store.lock(id) : Optional.empty();
					GraphNode node = current.isPresent() ? update(id, input, current.get()) : create(input, upsert);
					written.add(node);
					(current.isPresent() ? updated : created).add(node.id());
				}
				catch (EditException ex) {
					errors.addAll(ItemError.of(i, id, ex));
				}
			}
			if (!errors.isEmpty()) {
				status.setRollbackOnly();
				return BulkNodesPayload.refused(errors.stream().sorted(Comparator.comparingInt(ItemError::index)).toList());
			}
			return new BulkNodesPayload(true, written, created, updated, List.of());
		});
		return payload == null ? BulkNodesPayload.refused(errors) : payload;
	}

	private GraphNode create(Map<String, Object> input, boolean upsert) {
		if (upsert && input.get("version") != null) {
			// A version says the node was read; gone since, it is not silently made again.
			throw new EditException.Conflict(String.valueOf(input.get("id")), 0, "'" + input.get("id")
					+ "' does not exist, yet version " + input.get("version") + " of it was given: it may have been "
					+ "deleted since. Leave version out to create it. Nothing was written.");
		}
		input.remove("version");
		input.putIfAbsent("name", null);
		return this.nodes.create(input);
	}

	private GraphNode update(@Nullable String id, Map<String, Object> input, Map<String, Object> current) {
		if (!String.valueOf(input.get("kind")).equals(current.get("kind"))) {
			throw new EditException.Invalid("kind", "'" + id + "' is a " + current.get("kind") + ", not a " + input.get("kind"));
		}
		input.remove("kind");
		if (input.get("version") == null) {
			// Without a version, the change is to the version locked now.
			input.put("version", NodeEditor.version(current));
		}
		return this.nodes.update(input);
	}

	/** An id twice in one write would let its second input silently overwrite the first. */
	private static List<Integer> repeatedIds(List<Map<String, Object>> inputs, List<ItemError> errors) {
		Map<String, Integer> first = new HashMap<>();
		List<Integer> repeated = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			if (inputs.get(i).get("id") instanceof Object id) {
				Integer earlier = first.putIfAbsent(id.toString(), i);
				if (earlier != null) {
					repeated.add(i);
					errors.add(ItemError.badRequest(i, id.toString(), "id", "'" + FactInput.shown(id.toString())
							+ "' is also input " + earlier + "; each id may stand once in a bulk write"));
				}
			}
		}
		return repeated;
	}

}
