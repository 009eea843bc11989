package se.samverkanskartan.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An API argument that is wrong: the message names it and says what is wrong. The problems a map's link meets
 * (an id no node has) also carry a stable code and its arguments, for a client to say it in its own language.
 */
public class InvalidArgumentException extends IllegalArgumentException {

	private final String argument;

	private final @Nullable String problem;

	private final List<String> problemArguments;

	public InvalidArgumentException(String argument, String message) {
		this(argument, message, null, List.of());
	}

	public InvalidArgumentException(String argument, String message, @Nullable String problem,
			List<String> problemArguments) {
		super(argument + ": " + message);
		this.argument = argument;
		this.problem = problem;
		this.problemArguments = List.copyOf(problemArguments);
	}

	public String argument() {
		return this.argument;
	}

	/** A stable code, e.g. {@code unknownId}, or null. */
	public @Nullable String problem() {
		return this.problem;
	}

	/** What the code's wording needs, e.g. the id that was not found. */
	public List<String> problemArguments() {
		return this.problemArguments;
	}

	/** The error's extensions: the argument, and the code with its arguments when there is one. */
	public Map<String, Object> extensions() {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("argument", this.argument);
		if (this.problem != null) {
			extensions.put("problem", this.problem);
			extensions.put("arguments", this.problemArguments);
		}
		return extensions;
	}

}
