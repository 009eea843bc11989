package se.samverkanskartan.source;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a reference to the project's own brief (PRODUCT.md and the like) where a public source belongs: a
 * brief tells the project what to look for, it is not where a public fact can be checked.
 */
final class Briefs {

	private static final Pattern BRIEF = Pattern.compile("product\\.md|\\bbrief\\b|public facts|/docs/|\\.md\\b");

	private Briefs() {
	}

	static boolean cites(String text) {
		return BRIEF.matcher(text.toLowerCase(Locale.ROOT)).find();
	}

}
