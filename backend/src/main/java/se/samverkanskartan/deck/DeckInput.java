package se.samverkanskartan.deck;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Checks what a deck mutation sends against the {@link DeckLimits}; each refusal names its field. */
final class DeckInput {

	private final DeckLimits limits;

	DeckInput(DeckLimits limits) {
		this.limits = limits;
	}

	/** A name, stripped: required, at most {@code limits.name} characters. */
	String name(String field, @Nullable Object value) {
		String name = value == null ? "" : value.toString().strip();
		if (name.isEmpty()) {
			throw new DeckException.Invalid(field, "blank", "must not be blank");
		}
		return within(field, name, this.limits.name());
	}

	/** A caption, stripped; blank or null means none. */
	@Nullable String caption(String field, @Nullable Object value) {
		String caption = value == null ? "" : value.toString().strip();
		return caption.isEmpty() ? null : within(field, caption, this.limits.caption());
	}

	/** The UI's encoded view: query parameters without the leading {@code ?}. */
	String view(String field, @Nullable Object value) {
		String view = value == null ? "" : value.toString().strip();
		view = view.startsWith("?") ? view.substring(1) : view;
		if (view.chars().anyMatch(Character::isWhitespace)) {
			throw new DeckException.Invalid(field, "notAView", "must be URL query parameters such as "
					+ "'kind=HOSPITAL&layout=geographic', without spaces");
		}
		return within(field, view, this.limits.view());
	}

	LocalDate date(String field, @Nullable Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		try {
			return LocalDate.parse(String.valueOf(value));
		}
		catch (DateTimeParseException ex) {
			throw new DeckException.Invalid(field, "notADate", "must be a date such as 2026-12-01");
		}
	}

	@SuppressWarnings("unchecked")
	List<Slide.NodePosition> positions(String field, @Nullable Object value) {
		List<Map<String, Object>> given = value == null ? List.of() : (List<Map<String, Object>>) value;
		if (given.size() > this.limits.positions()) {
			throw new DeckException.Invalid(field, "tooMany", "at most " + this.limits.positions()
					+ " node positions, were " + given.size());
		}
		return given.stream().map(p -> new Slide.NodePosition(within(field + ".id", String.valueOf(p.get("id")),
				this.limits.name()), ((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue())).toList();
	}

	private static String within(String field, String text, int max) {
		if (text.length() > max) {
			throw new DeckException.Invalid(field, "tooLong", "at most " + max + " characters, was " + text.length());
		}
		return text;
	}

}
