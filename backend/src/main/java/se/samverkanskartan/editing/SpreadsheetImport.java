package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.editing.ImportReport.RowError;
import se.samverkanskartan.editing.Sheet.SheetRow;
import se.samverkanskartan.graph.NodeKind;

/**
 * Imports (for administrators) a spreadsheet of nodes of one kind, or of relationships, by the same rules as the
 * API's editors and with the same audit trail: new facts are checked row by row and written in batches
 * ({@link NodeImport}, {@link RelationImport}), updates go through the editors. All rows run in one transaction:
 * any problem, or a dry run, rolls all of it back, so nothing is written unless the whole file is valid.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class SpreadsheetImport {

	/** When an import has run too long: checked before each row, and the database ends it at the same limit. */
	static final class Deadline {

		private final long at;

		private final String message;

		Deadline(ImportLimits limits) {
			this.at = System.nanoTime() + limits.timeout().toNanos();
			this.message = tooLong(limits);
		}

		/** Whether the time is up; if so the row gets the error that says so. */
		boolean passed(SheetRow row, ImportReport result) {
			if (System.nanoTime() <= this.at) {
				return false;
			}
			result.errors().add(new RowError(row.number(), "", this.message));
			return true;
		}

	}

	private final NodeImport nodes;

	private final RelationImport relations;

	private final TransactionTemplate transactions;

	private final ImportLimits limits;

	SpreadsheetImport(NodeImport nodes, RelationImport relations, PlatformTransactionManager transactionManager,
			ImportLimits limits) {
		this.limits = limits;
		this.nodes = nodes;
		this.relations = relations;
		this.transactions = new TransactionTemplate(transactionManager);
		// The database ends the transaction of an import that outlives its limit; the Deadline stops it sooner.
		this.transactions.setTimeout((int) Math.max(1, limits.timeout().toSeconds()));
	}

	ImportReport importNodes(NodeKind kind, Sheet sheet, boolean dryRun) {
		return run(sheet, ImportColumns.forKind(kind), dryRun,
				(result, deadline) -> this.nodes.rows(kind, sheet.rows(), result, deadline));
	}

	ImportReport importRelations(Sheet sheet, boolean dryRun) {
		return run(sheet, ImportColumns.forRelations(), dryRun,
				(result, deadline) -> this.relations.rows(sheet.rows(), result, deadline));
	}

	/** The work on a file's rows; what is wrong with a row goes to the result's errors. */
	private interface FileImport {

		void apply(ImportReport result, Deadline deadline);

	}

	private ImportReport run(Sheet sheet, List<String> allowed, boolean dryRun, FileImport work) {
		ImportReport result = new ImportReport(dryRun, false, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
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
		Deadline deadline = new Deadline(this.limits);
		try {
			this.transactions.executeWithoutResult(status -> {
				work.apply(result, deadline);
				if (dryRun || !result.errors().isEmpty()) {
					status.setRollbackOnly();
				}
			});
		}
		catch (DataAccessException ex) {
			// The database ended the transaction at its timeout: nothing is written.
			result.errors().add(new RowError(0, "", tooLong(this.limits)));
		}
		// New facts are checked before the updates that follow them; the report lists the problems by row.
		result.errors().sort(Comparator.comparingInt(RowError::row));
		return new ImportReport(dryRun, !dryRun && result.errors().isEmpty(), result.created(), result.updated(),
				result.unchanged(), result.errors());
	}

	private static String tooLong(ImportLimits limits) {
		return "the import ran longer than " + limits.timeout().toSeconds()
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

}
