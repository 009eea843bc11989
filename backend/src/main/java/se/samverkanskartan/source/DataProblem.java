package se.samverkanskartan.source;

/**
 * One thing wrong in a data file: where (file, line, entry) and what.
 */
public record DataProblem(String file, int line, String entry, String message) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + " (" + this.entry + "): " + this.message;
	}

}
