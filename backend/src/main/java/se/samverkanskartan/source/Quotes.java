package se.samverkanskartan.source;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Quote matching: a quote must stand verbatim in the lines it cites, line breaks and spacing aside. The data loader
 * and the editing API check evidence from a source document with this one check.
 */
public final class Quotes {

	/** What is wrong with a citation: the lines cited ({@code lines}) or the quote itself ({@code quote}). */
	public record Problem(String about, String message) {
	}

	private Quotes() {
	}

	/**
	 * Checks that lines {@code from} to {@code to} (1-based, inclusive) exist in the document and that the quote
	 * stands in them; the problem when not.
	 */
	public static Optional<Problem> check(String documentId, List<String> lines, String quote, int from, int to) {
		String cited = from == to ? String.valueOf(from) : from + "-" + to;
		if (from < 1 || to < from || to > lines.size()) {
			return Optional.of(new Problem("lines", "lines " + cited + " are outside '" + documentId + "', which has "
					+ lines.size() + " lines"));
		}
		if (!passage(lines, from, to).contains(fold(quote))) {
			return Optional.of(new Problem("quote", "the quote \"" + abbreviate(quote) + "\" does not stand in lines "
					+ cited + " of '" + documentId + "'"));
		}
		return Optional.empty();
	}

	static String fold(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	/** The cited lines (1-based, inclusive) joined with single spaces and white space folded. */
	static String passage(List<String> lines, int from, int to) {
		return fold(lines.subList(from - 1, to).stream().map(String::strip).collect(Collectors.joining(" ")));
	}

	private static String abbreviate(String quote) {
		String folded = fold(quote);
		return folded.length() <= 60 ? folded : folded.substring(0, 57) + "…";
	}

}
