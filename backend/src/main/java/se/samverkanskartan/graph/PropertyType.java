package se.samverkanskartan.graph;

import java.util.List;
import java.util.Set;

/** The type of a kind-specific property in a data file, and how its text becomes a stored value. */
public sealed interface PropertyType {

	/** Converts a value from a data file, or throws {@link IllegalArgumentException} saying what is wrong. */
	Object convert(Object raw);

	PropertyType TEXT = new Scalar("text");

	PropertyType DECIMAL = new Scalar("decimal number");

	PropertyType INTEGER = new Scalar("whole number");

	PropertyType BOOLEAN = new Scalar("true or false");

	PropertyType DATE = new Scalar("date (YYYY, YYYY-MM or YYYY-MM-DD)");

	PropertyType TEXT_LIST = new TextList();

	static PropertyType oneOf(String... values) {
		return new OneOf(Set.of(values));
	}

	/** A single value. */
	record Scalar(String description) implements PropertyType {

		@Override
		public Object convert(Object raw) {
			if (!(raw instanceof String text)) {
				throw new IllegalArgumentException("must be a " + this.description + ", not a list or map");
			}
			try {
				return switch (this.description) {
					case "decimal number" -> Double.parseDouble(text);
					case "whole number" -> Long.parseLong(text);
					case "true or false" -> parseBoolean(text);
					case "date (YYYY, YYYY-MM or YYYY-MM-DD)" -> PartialDate.parse(text).text();
					default -> text;
				};
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("must be a " + this.description + ", was '" + text + "'");
			}
		}

		private static boolean parseBoolean(String text) {
			return switch (text) {
				case "true" -> true;
				case "false" -> false;
				default -> throw new IllegalArgumentException("must be true or false, was '" + text + "'");
			};
		}

	}

	/** A list of texts. */
	record TextList() implements PropertyType {

		@Override
		public Object convert(Object raw) {
			if (raw instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
				return list;
			}
			throw new IllegalArgumentException("must be a list of texts");
		}

	}

	/** One of a fixed set of values. */
	record OneOf(Set<String> values) implements PropertyType {

		@Override
		public Object convert(Object raw) {
			if (raw instanceof String text && this.values.contains(text)) {
				return text;
			}
			throw new IllegalArgumentException("must be one of " + this.values.stream().sorted().toList() + ", was '" + raw + "'");
		}

	}

}
