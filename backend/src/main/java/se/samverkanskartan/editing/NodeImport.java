package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import se.samverkanskartan.audit.AuditLog;
import se.samverkanskartan.editing.ImportEvidence.NewClaim;
import se.samverkanskartan.editing.Sheet.SheetRow;
import se.samverkanskartan.graph.NodeKind;

/**
 * The rows of a file of nodes of one kind. A row with a new id is checked as {@link NodeEditor#create} checks it
 * and written with the others in one batch; a row without an id (named from its name, which needs the ids already
 * taken) or with the id of a stored node (an update, against its current version) goes through the editors one
 * by one, after the batch.
 */
@Component
class NodeImport {

	private final NodeEditor nodes;

	private final EvidenceEditor evidence;

	private final NodeStore nodeStore;

	private final ImportStore store;

	private final ImportEvidence claims;

	private final AuditLog audit;

	private final TextLimits limits;

	NodeImport(NodeEditor nodes, EvidenceEditor evidence, NodeStore nodeStore, ImportStore store, ImportEvidence claims,
			AuditLog audit, TextLimits limits) {
		this.nodes = nodes;
		this.evidence = evidence;
		this.nodeStore = nodeStore;
		this.store = store;
		this.claims = claims;
		this.audit = audit;
		this.limits = limits;
	}

	/** Imports the rows; what is wrong goes to the result's errors, what is done to its created and updated ids. */
	void rows(NodeKind kind, List<SheetRow> rows, ImportReport result, SpreadsheetImport.Deadline deadline) {
		Map<String, Map<String, Object>> stored = this.store.nodes(rows.stream()
			.map(row -> row.cells().get("id")).filter(Objects::nonNull).toList());
		Map<String, Map<String, Object>> documents = this.store.nodes(ImportEvidence.documents(rows));
		Map<String, List<?>> facts = new HashMap<>();
		stored.keySet().forEach(id -> facts.put(id, List.of()));
		Set<List<String>> attached = this.store.attached(facts);
		ImportBatch batch = new ImportBatch();
		List<SheetRow> oneByOne = new ArrayList<>();
		for (SheetRow row : rows) {
			String id = row.cells().get("id");
			if (id == null || stored.containsKey(id)) {
				oneByOne.add(row);
				continue;
			}
			if (deadline.passed(row, result)) {
				return;
			}
			try {
				Map<String, Object> created = checked(kind, row, id);
				Optional<NewClaim> claim = this.claims.claim(row, documents);
				batch.node(kind, created, claim);
				result.created().add(id);
			}
			catch (EditException ex) {
				ImportInput.refused(row, ex, result.errors());
			}
		}
		batch.write(this.store, this.audit);
		for (SheetRow row : oneByOne) {
			if (deadline.passed(row, result)) {
				return;
			}
			try {
				oneRow(kind, row, result, attached);
			}
			catch (EditException ex) {
				ImportInput.refused(row, ex, result.errors());
			}
		}
	}

	/** The new node as {@link NodeEditor#create} would store it, by its rules. */
	private Map<String, Object> checked(NodeKind kind, SheetRow row, String id) {
		FactInput check = new FactInput(this.limits);
		if (check.id("id", id) && !FactInput.SLUG.matcher(id).matches()) {
			check.problem("id", "must be a lower-case slug of a-z, 0-9 and single hyphens, was '" + FactInput.shown(id) + "'");
		}
		Map<String, Object> input = input(kind, row, null);
		input.putIfAbsent("name", "");
		Map<String, Object> stored = new HashMap<>();
		stored.put("id", id);
		stored.put("kind", kind.name());
		stored.put("seed", false);
		stored.put("unsourced", true);
		stored.put("version", 1L);
		Map<String, Object> fact = check.node(input, stored);
		check.properties(input, fact, kind.properties());
		check.throwIfAny();
		return fact;
	}

	/**
	 * A row the editors take one by one: a node named from its name, or an update of a stored node. A row that holds
	 * what is stored already, evidence included, is unchanged and writes nothing.
	 */
	private void oneRow(NodeKind kind, SheetRow row, ImportReport result, Set<List<String>> attached) {
		String id = row.cells().get("id");
		Map<String, Object> current = id == null ? null : this.nodeStore.read(id).orElse(null);
		Map<String, Object> input = input(kind, row, current);
		if (current == null) {
			input.put("kind", kind.name());
			input.put("id", id);
			input.putIfAbsent("name", "");
			id = this.nodes.create(input).id();
			result.created().add(id);
			attachEvidence(row, id);
			return;
		}
		if (!kind.name().equals(current.get("kind"))) {
			throw new EditException.Invalid("id", "'" + id + "' is a " + current.get("kind") + ", not a " + kind.name());
		}
		boolean changes = ImportChanges.node(this.limits, kind, input, current);
		boolean evidence = ImportInput.newEvidence(row, id, attached);
		if (!changes && !evidence) {
			result.unchanged().add(id);
			return;
		}
		if (changes) {
			input.put("id", id);
			input.put("version", NodeEditor.version(current));
			this.nodes.update(input);
		}
		result.updated().add(id);
		if (evidence) {
			attachEvidence(row, id);
		}
	}

	private static Map<String, Object> input(NodeKind kind, SheetRow row, @Nullable Map<String, Object> current) {
		Map<String, Object> input = ImportInput.common(row);
		input.put("properties", ImportInput.properties(row, kind.properties(), current));
		for (String field : List.of("name", "description")) {
			if (row.cells().containsKey(field)) {
				input.put(field, row.cells().get(field));
			}
		}
		if (row.cells().containsKey("aliases")) {
			input.put("aliases", ImportInput.list(row.cells().get("aliases")));
		}
		return input;
	}

	private void attachEvidence(SheetRow row, String target) {
		if (row.cells().containsKey("evidenceDocument") || row.cells().containsKey("evidenceQuote")) {
			ImportInput.attachEvidence(this.evidence, row, target, NodeEditor.version(this.nodeStore.read(target).orElseThrow()));
		}
	}

}
