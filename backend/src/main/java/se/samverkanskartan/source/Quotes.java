package se.samverkanskartan.source;

import java.util.List;
import java.util.stream.Collectors;

/** Quote matching: a quote must stand verbatim in the lines it cites, line breaks and spacing aside. */
final class Quotes {

	private Quotes() {
	}

	static String fold(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	/** The cited lines (1-based, inclusive) joined with single spaces and white space folded. */
	static String passage(List<String> lines, int from, int to) {
		return fold(lines.subList(from - 1, to).stream().map(String::strip).collect(Collectors.joining(" ")));
	}

}
