package se.samverkanskartan.ui.api;

import java.util.List;

/**
 * What an import did, or in a dry run would do: the ids created and updated, those whose rows hold what is stored
 * already (nothing is written for them), and every problem by row (the header is row 1) and column. A file with any
 * problem writes nothing.
 */
public record ImportReport(boolean dryRun, boolean applied, List<String> created, List<String> updated,
		List<String> unchanged, List<RowError> errors) {

	public ImportReport {
		created = created == null ? List.of() : List.copyOf(created);
		updated = updated == null ? List.of() : List.copyOf(updated);
		unchanged = unchanged == null ? List.of() : List.copyOf(unchanged);
		errors = errors == null ? List.of() : List.copyOf(errors);
	}

	/** A problem in one cell of the file; {@code column} is empty when it concerns the whole row or file. */
	public record RowError(int row, String column, String message) {
	}
}
