package se.samverkanskartan.ui.api;

/** A claim: the Swedish quote, where it stands, and the document it comes from. */
public record Evidence(String quote, String reading, String locator, Integer line, Source document) {

	/** The document of a claim: a source file or a public web page. */
	public record Source(String name, String file, String url) {
	}
}
