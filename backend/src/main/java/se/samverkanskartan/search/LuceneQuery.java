package se.samverkanskartan.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into a safe full-text query: every word is taken literally (Lucene's special characters
 * separate words, as the index's analyzer separates them: "RF-SISU" is "RF" and "SISU"; operator words are dropped),
 * all words must match, and the last one also matches as a prefix so that suggestions work while typing.
 */
final class LuceneQuery {

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private LuceneQuery() {
	}

	/** The query, or an empty string when the text holds no word to look for. */
	static String of(String text) {
		String[] words = Arrays.stream(separated(text).strip().split("\\s+"))
			.map(LuceneQuery::escape)
			.filter(word -> !word.isEmpty())
			.toArray(String[]::new);
		if (words.length == 0) {
			return "";
		}
		String last = words[words.length - 1];
		String prefix = fold(last);
		String all = Arrays.stream(words).map(word -> "+" + word).collect(Collectors.joining(" "));
		return words.length == 1 ? "(" + last + " OR " + prefix + "*)" : all.substring(0, all.length() - last.length() - 1)
				+ "+(" + last + " OR " + prefix + "*)";
	}

	/**
	 * Lucene does not analyse prefix terms, so the folding the index applies ("Skåne" is stored as "skane") is
	 * applied here by hand.
	 */
	private static String fold(String word) {
		return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT);
	}

	/** Lucene's special characters become spaces: the analyzer would split on them anyway. */
	private static String separated(String text) {
		StringBuilder spaced = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			spaced.append(SPECIAL.indexOf(c) >= 0 ? ' ' : c);
		}
		return spaced.toString();
	}

	private static String escape(String word) {
		String result = word;
		// Lucene's operator words would change the query; typed as search words they say nothing.
		return switch (result) {
			case "AND", "OR", "NOT", "TO" -> "";
			default -> result;
		};
	}

}
