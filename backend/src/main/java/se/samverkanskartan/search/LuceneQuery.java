package se.samverkanskartan.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into a safe full-text query: every word is taken literally (Lucene's operators and
 * special characters are escaped), all words must match, and the last one also matches as a prefix so that
 * suggestions work while typing.
 */
final class LuceneQuery {

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private LuceneQuery() {
	}

	/** The query, or an empty string when the text holds no word to look for. */
	static String of(String text) {
		String[] words = Arrays.stream(text.strip().split("\\s+"))
			.map(LuceneQuery::escape)
			.filter(word -> !word.isEmpty())
			.toArray(String[]::new);
		if (words.length == 0) {
			return "";
		}
		String last = words[words.length - 1];
		String all = Arrays.stream(words).map(word -> "+" + word).collect(Collectors.joining(" "));
		return words.length == 1 ? "(" + last + " OR " + last + "*)" : all.substring(0, all.length() - last.length() - 1)
				+ "+(" + last + " OR " + last + "*)";
	}

	private static String escape(String word) {
		StringBuilder escaped = new StringBuilder();
		for (char c : word.toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				escaped.append(c);
			}
			else if (SPECIAL.indexOf(c) >= 0) {
				// Dropped rather than escaped: the analyzer would split on them anyway, and a lone escaped
				// operator matches nothing useful.
				continue;
			}
			else {
				escaped.append(c);
			}
		}
		String result = escaped.toString();
		return switch (result.toUpperCase(java.util.Locale.ROOT)) {
			case "AND", "OR", "NOT", "TO" -> result.toLowerCase(java.util.Locale.ROOT);
			default -> result;
		};
	}

}
