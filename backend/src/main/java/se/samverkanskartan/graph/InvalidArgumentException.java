package se.samverkanskartan.graph;

/** An API argument out of bounds; the message says which argument and what is allowed. */
public class InvalidArgumentException extends IllegalArgumentException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(argument + ": " + message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
