package se.samverkanskartan.graph;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** When a node or relationship is valid; an open end means still valid, an open start since before the data. */
public record Validity(@Nullable LocalDate from, @Nullable Precision fromPrecision, @Nullable LocalDate to,
		@Nullable Precision toPrecision, String label) {

	public static final Validity ALWAYS = new Validity(null, null, null, null, "");

	public static Validity of(@Nullable PartialDate from, @Nullable PartialDate to) {
		if (from == null && to == null) {
			return ALWAYS;
		}
		String label = (from == null ? "" : from.text()) + " – " + (to == null ? "" : to.text());
		return new Validity(from == null ? null : from.start(), from == null ? null : from.precision(),
				to == null ? null : to.end(), to == null ? null : to.precision(), label.strip());
	}

	/** Reads the validity stored on a node or relationship. */
	public static Validity fromProperties(Map<String, Object> properties) {
		Object from = properties.get("validFrom");
		Object to = properties.get("validTo");
		if (from == null && to == null) {
			return ALWAYS;
		}
		return new Validity((LocalDate) from, precision(properties.get("validFromPrecision")), (LocalDate) to,
				precision(properties.get("validToPrecision")), String.valueOf(properties.getOrDefault("validLabel", "")));
	}

	public boolean isValidOn(LocalDate date) {
		return (this.from == null || !this.from.isAfter(date)) && (this.to == null || !this.to.isBefore(date));
	}

	private static @Nullable Precision precision(@Nullable Object value) {
		return value == null ? null : Precision.valueOf(value.toString());
	}

}
