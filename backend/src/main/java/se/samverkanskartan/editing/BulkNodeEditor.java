package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.audit.AuditLog;
import se.samverkanskartan.editing.BulkNodesPayload.ItemError;
import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.InvalidArgumentException;
import se.samverkanskartan.graph.NodeKind;

/**
 * Writes many nodes in one transaction, as the spreadsheet import does: a new node with its id is checked by the
 * rules of {@link NodeEditor#create} and written with the others in one batch, with the same audit entry each; a
 * change of an existing node, and a new node named from its name (which needs the ids taken), go through the
 * editor one by one. A refused input does not stop the others from being checked, so that every problem is
 * reported at once; any problem rolls all of it back, and nothing is announced.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
class BulkNodeEditor {

	private final NodeEditor nodes;

	private final NodeStore store;

	private final ImportStore batchStore;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final BulkLimits limits;

	BulkNodeEditor(NodeEditor nodes, NodeStore store, ImportStore batchStore, AuditLog audit,
			PlatformTransactionManager transactionManager, BulkLimits limits) {
		this.nodes = nodes;
		this.store = store;
		this.batchStore = batchStore;
		this.audit = audit;
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
			Written written = write(inputs, upsert, repeated, errors);
			if (!errors.isEmpty()) {
				status.setRollbackOnly();
				return BulkNodesPayload.refused(errors.stream().sorted(Comparator.comparingInt(ItemError::index)).toList());
			}
			return new BulkNodesPayload(true, written.nodes(), written.created(), written.updated(), List.of());
		});
		return payload == null ? BulkNodesPayload.refused(errors) : payload;
	}

	/** What was written, in the order of the inputs. */
	private record Written(List<GraphNode> nodes, List<String> created, List<String> updated) {
	}

	private Written write(List<Map<String, Object>> inputs, boolean upsert, List<Integer> repeated,
			List<ItemError> errors) {
		Map<String, Map<String, Object>> stored = this.batchStore.nodes(inputs.stream()
			.map(input -> input.get("id")).filter(Objects::nonNull).map(Object::toString).toList());
		GraphNode[] nodes = new GraphNode[inputs.size()];
		boolean[] changed = new boolean[inputs.size()];
		ImportBatch batch = new ImportBatch();
		List<Integer> oneByOne = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			Map<String, Object> input = new HashMap<>(inputs.get(i));
			Object id = input.get("id");
			if (repeated.contains(i)) {
				continue;
			}
			if (id == null || (upsert && stored.containsKey(id.toString()))) {
				oneByOne.add(i);
				continue;
			}
			try {
				Map<String, Object> fact = this.nodes.checkedNew(newNode(input, upsert), stored::containsKey);
				batch.node(NodeKind.valueOf(String.valueOf(fact.get("kind"))), fact, Optional.empty());
				nodes[i] = GraphNode.fromProperties(fact);
			}
			catch (EditException ex) {
				errors.addAll(ItemError.of(i, id.toString(), ex));
			}
		}
		if (errors.isEmpty()) {
			batch.write(this.batchStore, this.audit);
		}
		for (int i : oneByOne) {
			Map<String, Object> input = new HashMap<>(inputs.get(i));
			String id = input.get("id") == null ? null : input.get("id").toString();
			try {
				Optional<Map<String, Object>> current = id == null ? Optional.empty() : this.store.lock(id);
				nodes[i] = current.isPresent() ? update(id, input, current.get()) : this.nodes.create(newNode(input, upsert));
				changed[i] = current.isPresent();
			}
			catch (EditException ex) {
				errors.addAll(ItemError.of(i, id, ex));
			}
		}
		List<GraphNode> written = new ArrayList<>();
		List<String> created = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		for (int i = 0; i < nodes.length; i++) {
			if (nodes[i] != null) {
				written.add(nodes[i]);
				(changed[i] ? updated : created).add(nodes[i].id());
			}
		}
		return new Written(written, created, updated);
	}

	/** The input of a new node; one with a version was expected to exist. */
	private static Map<String, Object> newNode(Map<String, Object> input, boolean upsert) {
		if (upsert && input.get("version") != null) {
			// A version says the node was read; gone since, it is not silently made again.
			throw new EditException.Conflict(String.valueOf(input.get("id")), 0, "'" + input.get("id")
					+ "' does not exist, yet version " + input.get("version") + " of it was given: it may have been "
					+ "deleted since. Leave version out to create it. Nothing was written.");
		}
		input.remove("version");
		input.putIfAbsent("name", null);
		return input;
	}

	private GraphNode update(String id, Map<String, Object> input, Map<String, Object> current) {
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
