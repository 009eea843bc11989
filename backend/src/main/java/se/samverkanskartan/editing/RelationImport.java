package se.samverkanskartan.editing;

import java.util.ArrayList;
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
 * The rows of a file of relationships, each new: checked by {@link RelationRules}, as the API checks them,
 * against what one query per question read of the graph for the whole file (the ends of every row, the ids already
 * taken), and written together in one batch.
 */
@Component
class RelationImport {

	private final RelationRules rules;

	private final ImportStore store;

	private final ImportEvidence claims;

	private final AuditLog audit;

	RelationImport(RelationRules rules, ImportStore store, ImportEvidence claims, AuditLog audit) {
		this.rules = rules;
		this.store = store;
		this.claims = claims;
		this.audit = audit;
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
		Set<String> taken = new HashSet<>(this.store.relationIds(ids));
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
		for (SheetRow row : rows) {
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
