package se.samverkanskartan.embedded;

import se.samverkanskartan.store.StoreProblem;

/** The engine's start-up exceptions that an operator can act on, named in one line; the rest pass unchanged. */
final class StartFailures {

	private StartFailures() {
	}

	static RuntimeException explain(RuntimeException failure, DataDirectory directory) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.neo4j.io.locker.FileLockException) {
				return new StoreProblem("The data directory " + directory.path()
						+ " is in use by another running Samverkanskartan or Neo4j",
						"Stop that process, or give this one its own directory with "
								+ "--samverkanskartan.neo4j.embedded.directory=…", cause);
			}
			if (String.valueOf(cause.getMessage()).contains("No space left on device")) {
				return new StoreProblem("The disk of the data directory " + directory.path() + " is full",
						"Free space on that disk, then start again; the store recovers from its transaction log", cause);
			}
		}
		return failure;
	}

}
