package se.samverkanskartan.ui.api;

/**
 * A claim: the Swedish quote, where it stands, and the document it comes from; {@code summary} marks the project's
 * own summary of a public page, which is shown as such and never as a quote.
 */
public record Evidence(String quote, String reading, String locator, Integer line, Source document, Boolean summary) {

	public Evidence(String quote, String reading, String locator, Integer line, Source document) {
		this(quote, reading, locator, line, document, false);
	}

	public boolean summarised() {
		return Boolean.TRUE.equals(summary);
	}

	/** The document of a claim: a source file or a public web page. */
	public record Source(String name, String file, String url) {
	}
}
