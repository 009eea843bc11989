package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.samverkanskartan.audit.AuditLog;
import se.samverkanskartan.editing.Sheet.SheetRow;
import se.samverkanskartan.graph.RelationType;

/**
 * The rows of a file of relationships. A new one is checked by {@link RelationRules}, as the API checks it,
 * against what one query per question read of the graph for the whole file (the ends of every row, the ids already
 * taken), and written with the others in one batch. A row with the id of a stored relationship (given, or made of
 * its ends and type) updates it through the editor, after the batch, or is unchanged when it holds what is stored.
 */
@Component
class RelationImport {

	private final RelationRules rules;

	private final ImportStore store;

	private final ImportEvidence claims;

	private final AuditLog audit;

	private final RelationEditor relations;

	private final EvidenceEditor evidence;

	private final TextLimits limits;

	RelationImport(RelationRules rules, ImportStore store, ImportEvidence claims, AuditLog audit,
			RelationEditor relations, EvidenceEditor evidence, TextLimits limits) {
		this.rules = rules;
		this.store = store;
		this.claims = claims;
		this.audit = audit;
		this.relations = relations;
		this.evidence = evidence;
		this.limits = limits;
	}

	void rows(List<SheetRow> rows, ImportReport result, SpreadsheetImport.Deadline deadline) {
		List<String> ends = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (SheetRow row : rows) {
			Map<String, String> cells = row.cells();
			ends.add(cells.getOrDefault("from", "null"));
			ends.add(cells.getOrDefault("to", "null"));
			ids.add(cells.containsKey("id") ? cells.get("id")
					: cells.getOrDefault("from", "null") + "--" + cells.get("type") + "--" + cells.getOrDefault("to", "null"));
		}
		Map<String, Map<String, Object>> nodes = this.store.nodes(ends);
		Map<String, RelationStore.Stored> stored = this.store.relations(ids);
		Set<String> taken = new HashSet<>(stored.keySet());
		Map<String, Map<String, Object>> documents = this.store.nodes(ImportEvidence.documents(rows));
		RelationRules.Graph graph = new RelationRules.Graph() {

			@Override
			public Optional<Map<String, Object>> node(String id) {
				return Optional.ofNullable(nodes.get(id));
			}

			@Override
			public boolean relationExists(String id) {
				return taken.contains(id);
			}

		};
		ImportBatch batch = new ImportBatch();
		List<Integer> existing = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			SheetRow row = rows.get(i);
			if (stored.containsKey(ids.get(i))) {
				existing.add(i);
				continue;
			}
			if (deadline.passed(row, result)) {
				return;
			}
			try {
				RelationStore.Stored created = this.rules.checked(input(row), graph);
				// A later row with the same id is refused, as the editor refuses it once this one is stored.
				taken.add(created.id());
				batch.relation(created, this.claims.claim(row, documents));
				result.created().add(created.id());
			}
			catch (EditException ex) {
				ImportInput.refused(row, ex, result.errors());
			}
		}
		batch.write(this.store, this.audit);
		Map<String, List<?>> facts = new HashMap<>();
		stored.forEach((id, relation) -> facts.put(id, claimIds(relation)));
		Set<List<String>> attached = this.store.attached(facts);
		for (int i : existing) {
			SheetRow row = rows.get(i);
			if (deadline.passed(row, result)) {
				return;
			}
			try {
				existing(row, stored.get(ids.get(i)), result, attached);
			}
			catch (EditException ex) {
				ImportInput.refused(row, ex, result.errors());
			}
		}
	}

	/** A row for a stored relationship: its type and ends as stored, its other cells an update, or unchanged. */
	private void existing(SheetRow row, RelationStore.Stored current, ImportReport result, Set<List<String>> attached) {
		String id = current.id();
		FactInput check = new FactInput(this.limits);
		sameAsStored(check, row, id, "type", current.type().name());
		sameAsStored(check, row, id, "from", current.from());
		sameAsStored(check, row, id, "to", current.to());
		check.throwIfAny();
		Map<String, Object> input = ImportInput.common(row);
		input.put("properties", ImportInput.properties(row, current.type().properties(), current.properties()));
		boolean changes = ImportChanges.relation(this.limits, current.type(), input, current.properties());
		boolean evidence = ImportInput.newEvidence(row, id, attached);
		if (!changes && !evidence) {
			result.unchanged().add(id);
			return;
		}
		long version = current.version();
		if (changes) {
			input.put("id", id);
			input.put("version", version);
			this.relations.update(input);
			version++;
		}
		result.updated().add(id);
		if (evidence) {
			ImportInput.attachEvidence(this.evidence, row, id, version);
		}
	}

	private static List<?> claimIds(RelationStore.Stored relation) {
		return relation.properties().get("claimIds") instanceof List<?> list ? list : List.of();
	}

	/** The type and the ends are a relationship's identity, as in the editor: they cannot change. */
	private static void sameAsStored(FactInput check, SheetRow row, String id, String column, String stored) {
		String cell = row.cells().get(column);
		if (cell != null && !cell.equals(stored)) {
			check.problem(column, "the relationship '" + FactInput.shown(id) + "' has " + column + " '" + stored
					+ "', not '" + FactInput.shown(cell) + "'; to change it, delete the relationship and import a new one");
		}
	}

	private static Map<String, Object> input(SheetRow row) {
		Map<String, Object> input = ImportInput.common(row);
		for (String field : List.of("id", "type", "from", "to")) {
			input.put(field, row.cells().get(field));
		}
		if (input.get("type") == null) {
			throw new EditException.Invalid("type", "is required");
		}
		String type = input.get("type").toString();
		try {
			input.put("properties", ImportInput.properties(row, RelationType.valueOf(type).properties(), null));
		}
		catch (IllegalArgumentException ex) {
			throw new EditException.Invalid("type", "no relation type '" + type + "'");
		}
		return input;
	}

}
