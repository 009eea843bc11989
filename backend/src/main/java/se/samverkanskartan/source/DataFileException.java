package se.samverkanskartan.source;

import java.util.List;
import java.util.stream.Collectors;

/** The data files cannot be loaded; the message lists every problem with its file, line and entry. */
public class DataFileException extends RuntimeException {

	private final List<DataProblem> problems;

	public DataFileException(List<DataProblem> problems) {
		super("The data files have " + problems.size() + " problem(s); nothing was loaded:\n"
				+ problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<DataProblem> problems() {
		return this.problems;
	}

}
