package se.samverkanskartan.store;

import org.jspecify.annotations.Nullable;

/**
 * The database cannot be used, said so an operator knows what to do: {@link #problem()} says in one line what is
 * wrong, {@link #action()} in one line what to do. The cause, when there is one, holds the details.
 */
public class StoreProblem extends RuntimeException {

	private final String action;

	public StoreProblem(String problem, String action, @Nullable Throwable cause) {
		super(problem, cause);
		this.action = action;
	}

	public String problem() {
		return getMessage();
	}

	public String action() {
		return this.action;
	}

}
