package se.samverkanskartan.editing;

import java.util.List;

/**
 * What an import did, or in a dry run would do: the ids it creates and updates, those whose rows hold what is stored
 * already (nothing is written for them, so an export imported back changes nothing), and every problem with its row
 * and column. When there is a problem nothing is written.
 */
public record ImportReport(boolean dryRun, boolean applied, List<String> created, List<String> updated,
		List<String> unchanged, List<RowError> errors) {

	/** A problem in one cell; row 1 is the header. */
	public record RowError(int row, String column, String message) {
	}

}
