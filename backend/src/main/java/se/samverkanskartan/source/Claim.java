package se.samverkanskartan.source;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A quote with its locator: the evidence behind a fact. The document is referenced by id. For a public web page
 * ({@code summary}) the text is the project's own Swedish summary of what the page says, not the page's words.
 */
public record Claim(String id, String quote, @Nullable String reading, String locator, @Nullable Integer line,
		@Nullable Integer lineTo, String documentId, boolean summary) {

	public Claim(String id, String quote, @Nullable String reading, String locator, @Nullable Integer line,
			@Nullable Integer lineTo, String documentId) {
		this(id, quote, reading, locator, line, lineTo, documentId, false);
	}

	static Claim fromProjection(Map<String, Object> map) {
		return new Claim((String) map.get("id"), (String) map.get("quote"), (String) map.get("reading"),
				(String) map.get("locator"), number(map.get("line")), number(map.get("lineTo")),
				(String) map.get("document"), Boolean.TRUE.equals(map.get("summary")));
	}

	private static @Nullable Integer number(@Nullable Object value) {
		return value == null ? null : ((Number) value).intValue();
	}

}
