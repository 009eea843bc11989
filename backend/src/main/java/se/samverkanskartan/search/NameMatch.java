package se.samverkanskartan.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * How what a user typed stands to a node's names (its name, previous name and aliases), compared case-, accent- and
 * punctuation-insensitively: "skanes universitetssjukhus" is "Skånes universitetssjukhus", "rf sisu" begins
 * "RF-SISU Örebro län". The full-text score cannot say this: it weighs words, not whole names.
 */
enum NameMatch {

	/** A name is exactly what was typed. */
	EXACT,
	/** A name begins with what was typed. */
	PREFIX,
	/** Found by the full-text index only: in a word of a name, a description or a quote. */
	TEXT;

	static NameMatch of(String typed, List<String> names) {
		String wanted = key(typed);
		if (wanted.isEmpty()) {
			return TEXT;
		}
		NameMatch best = TEXT;
		for (String name : names) {
			String key = key(name);
			if (key.equals(wanted)) {
				return EXACT;
			}
			if (key.startsWith(wanted)) {
				best = PREFIX;
			}
		}
		return best;
	}

	/**
	 * A name as it is compared and, for hits that rank alike, ordered: without accents, in lower case, every run of
	 * punctuation and spaces one space.
	 */
	static String key(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

}
