package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.editing.ImportReport.RowError;
import se.samverkanskartan.editing.Sheet.SheetRow;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.PropertyType;

/**
 * Imports (for administrators) a spreadsheet of nodes of one kind, or of relationships, through the same editors as the API, so every
 * row is checked by the same rules and recorded in the audit trail. All rows run in one transaction: any problem,
 * or a dry run, rolls all of it back, so nothing is written unless the whole file is valid.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class SpreadsheetImport {

	private final NodeEditor nodes;

	private final RelationEditor relations;

	private final EvidenceEditor evidence;

	private final NodeStore nodeStore;

	private final RelationStore relationStore;

	private final TransactionTemplate transactions;

	private final ImportLimits limits;

	SpreadsheetImport(NodeEditor nodes, RelationEditor relations, EvidenceEditor evidence, NodeStore nodeStore,
			RelationStore relationStore, PlatformTransactionManager transactionManager, ImportLimits limits) {
		this.limits = limits;
		this.nodes = nodes;
		this.relations = relations;
		this.evidence = evidence;
		this.nodeStore = nodeStore;
		this.relationStore = relationStore;
		this.transactions = new TransactionTemplate(transactionManager);
		// The database ends the transaction of an import that outlives its limit; the loop below stops it sooner.
		this.transactions.setTimeout((int) Math.max(1, limits.timeout().toSeconds()));
	}

	ImportReport importNodes(NodeKind kind, Sheet sheet, boolean dryRun) {
		return run(sheet, ImportColumns.forKind(kind), dryRun, (row, result) -> {
			String id = row.cells().get("id");
			Map<String, Object> current = id == null ? null : this.nodeStore.read(id).orElse(null);
			Map<String, Object> input = common(row);
			input.put("properties", properties(row, kind.properties(), current));
			for (String field : List.of("name", "description")) {
				if (row.cells().containsKey(field)) {
					input.put(field, row.cells().get(field));
				}
			}
			if (row.cells().containsKey("aliases")) {
				input.put("aliases", list(row.cells().get("aliases")));
			}
			if (current == null) {
				input.put("kind", kind.name());
				input.put("id", id);
				input.putIfAbsent("name", "");
				id = this.nodes.create(input).id();
				result.created().add(id);
			}
			else {
				if (!kind.name().equals(current.get("kind"))) {
					throw new EditException.Invalid("id", "'" + id + "' is a " + current.get("kind") + ", not a " + kind.name());
				}
				input.put("id", id);
				input.put("version", NodeEditor.version(current));
				this.nodes.update(input);
				result.updated().add(id);
			}
			attachEvidence(row, id, NodeEditor.version(this.nodeStore.read(id).orElseThrow()));
		});
	}

	ImportReport importRelations(Sheet sheet, boolean dryRun) {
		return run(sheet, ImportColumns.forRelations(), dryRun, (row, result) -> {
			Map<String, Object> input = common(row);
			for (String field : List.of("id", "type", "from", "to")) {
				input.put(field, row.cells().get(field));
			}
			if (input.get("type") == null) {
				throw new EditException.Invalid("type", "is required");
			}
			String type = input.get("type").toString();
			try {
				input.put("properties", properties(row,
						se.samverkanskartan.graph.RelationType.valueOf(type).properties(), null));
			}
			catch (IllegalArgumentException ex) {
				throw new EditException.Invalid("type", "no relation type '" + type + "'");
			}
			String id = this.relations.create(input);
			result.created().add(id);
			this.relationStore.lock(id).ifPresent(stored -> attachEvidence(row, id, stored.version()));
		});
	}

	/** One row's work; throws {@link EditException} for what is wrong with it. */
	private interface RowImport {

		void apply(SheetRow row, ImportReport result);

	}

	private ImportReport run(Sheet sheet, List<String> allowed, boolean dryRun, RowImport work) {
		ImportReport result = new ImportReport(dryRun, false, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		sheet.columns().stream().filter(c -> !c.isEmpty() && !allowed.contains(c))
			.forEach(c -> result.errors().add(new RowError(1, c, "unknown column; the template has " + allowed)));
		if (sheet.rows().isEmpty()) {
			result.errors().add(new RowError(2, "", "the file has no rows to import"));
		}
		if (sheet.rows().size() > this.limits.maxRows()) {
			result.errors().add(new RowError(sheet.rows().get(this.limits.maxRows()).number(), "", "the file has "
					+ sheet.rows().size() + " rows; at most " + this.limits.maxRows()
					+ " are imported at once (samverkanskartan.editing.import.max-rows)"));
		}
		duplicateIds(sheet, result);
		if (!result.errors().isEmpty()) {
			return result;
		}
		long deadline = System.nanoTime() + this.limits.timeout().toNanos();
		try {
			this.transactions.executeWithoutResult(status -> {
				importRows(sheet, work, result, deadline);
				if (dryRun || !result.errors().isEmpty()) {
					status.setRollbackOnly();
				}
			});
		}
		catch (DataAccessException ex) {
			// The database ended the transaction at its timeout: nothing is written.
			result.errors().add(new RowError(0, "", tooLong()));
		}
		return new ImportReport(dryRun, !dryRun && result.errors().isEmpty(), result.created(), result.updated(),
				result.errors());
	}

	private void importRows(Sheet sheet, RowImport work, ImportReport result, long deadline) {
		for (SheetRow row : sheet.rows()) {
			if (System.nanoTime() > deadline) {
				result.errors().add(new RowError(row.number(), "", tooLong()));
				return;
			}
			try {
				work.apply(row, result);
			}
			catch (EditException.Invalid ex) {
				ex.problems().forEach(p -> result.errors().add(new RowError(row.number(), column(p.field()), p.message())));
			}
			catch (EditException ex) {
				result.errors().add(new RowError(row.number(), "id", ex.getMessage()));
			}
		}
	}

	private String tooLong() {
		return "the import ran longer than " + this.limits.timeout().toSeconds()
				+ " s and was rolled back; import fewer rows at once (samverkanskartan.editing.import.timeout)";
	}

	/** An id twice in one file would let its second row silently overwrite the first. */
	private static void duplicateIds(Sheet sheet, ImportReport result) {
		Map<String, Integer> first = new HashMap<>();
		for (SheetRow row : sheet.rows()) {
			String id = row.cells().get("id");
			if (id == null) {
				continue;
			}
			Integer earlier = first.putIfAbsent(id, row.number());
			if (earlier != null) {
				result.errors().add(new RowError(row.number(), "id",
						"'" + FactInput.shown(id) + "' is also on row " + earlier + "; each id may stand once in a file"));
			}
		}
	}

	private static Map<String, Object> common(SheetRow row) {
		Map<String, Object> input = new HashMap<>();
		for (String field : List.of("provenance", "reason", "validFrom", "validTo")) {
			if (row.cells().containsKey(field)) {
				input.put(field, row.cells().get(field));
			}
		}
		String internal = row.cells().get("internal");
		if (internal != null) {
			if (!Set.of("true", "false").contains(internal)) {
				throw new EditException.Invalid("internal", "must be true or false, was '" + internal + "'");
			}
			input.put("internal", Boolean.parseBoolean(internal));
		}
		return input;
	}

	/** The kind's properties from the row; on an update, cells left empty keep the stored value. */
	private static List<Map<String, Object>> properties(SheetRow row, Map<String, PropertyType> allowed,
			Map<String, Object> current) {
		List<Map<String, Object>> properties = new ArrayList<>();
		for (String name : allowed.keySet()) {
			String cell = row.cells().get(name);
			Object value = cell != null ? cell : current == null ? null : current.get(name);
			if (value == null) {
				continue;
			}
			Map<String, Object> property = new LinkedHashMap<>();
			property.put("name", name);
			if (allowed.get(name) == PropertyType.TEXT_LIST) {
				property.put("values", value instanceof List<?> list ? list : list(value.toString()));
			}
			else {
				property.put("value", value.toString());
			}
			properties.add(property);
		}
		return properties;
	}

	private void attachEvidence(SheetRow row, String target, long version) {
		String document = row.cells().get("evidenceDocument");
		String quote = row.cells().get("evidenceQuote");
		if (document == null && quote == null) {
			return;
		}
		Map<String, Object> input = new HashMap<>();
		input.put("targetId", target);
		input.put("version", version);
		input.put("document", document == null ? "" : document);
		input.put("quote", quote == null ? "" : quote);
		input.put("locator", row.cells().getOrDefault("evidenceLocator", ""));
		try {
			this.evidence.attach(input);
		}
		catch (EditException.Invalid ex) {
			throw new EditException.Invalid(ex.problems().stream()
				.map(p -> new EditException.FieldProblem("evidence" + capitalised(p.field()), p.message()))
				.toList());
		}
	}

	private static String column(String field) {
		return field.startsWith("properties.") ? field.substring("properties.".length()) : field;
	}

	private static String capitalised(String field) {
		return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}

	private static List<String> list(String cell) {
		return java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
