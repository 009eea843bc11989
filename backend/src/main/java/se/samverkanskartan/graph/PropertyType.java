package se.samverkanskartan.graph;

import java.util.List;

/** The type of a kind-specific property in a data file, and how its text becomes a stored value. */
public sealed interface PropertyType {

	/** Converts a value from a data file, or throws {@link IllegalArgumentException} saying what is wrong. */
	Object convert(Object raw);

	/** How the value is written, as the API's vocabulary names it. */
	ValueType valueType();

	/** The allowed values of a {@link ValueType#CHOICE}, in their order; empty for the other types. */
	default List<String> choices() {
		return List.of();
	}

	/** The types of values, as the vocabulary names them for clients that build forms. */
	enum ValueType {
		TEXT, TEXT_LIST, DECIMAL, INTEGER, BOOLEAN, DATE, CHOICE
	}

	PropertyType TEXT = new Scalar("text");

	PropertyType DECIMAL = new Scalar("decimal number");

	PropertyType INTEGER = new Scalar("whole number");

	PropertyType BOOLEAN = new Scalar("true or false");

	PropertyType DATE = new Scalar("date (YYYY, YYYY-MM or YYYY-MM-DD)");

	PropertyType TEXT_LIST = new TextList();

	static PropertyType oneOf(String... values) {
		return new OneOf(List.of(values));
	}

	/** A single value. */
	record Scalar(String description) implements PropertyType {

		@Override
		public ValueType valueType() {
			return switch (this.description) {
				case "decimal number" -> ValueType.DECIMAL;
				case "whole number" -> ValueType.INTEGER;
				case "true or false" -> ValueType.BOOLEAN;
				case "date (YYYY, YYYY-MM or YYYY-MM-DD)" -> ValueType.DATE;
				default -> ValueType.TEXT;
			};
		}

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
		public ValueType valueType() {
			return ValueType.TEXT_LIST;
		}

		@Override
		public Object convert(Object raw) {
			if (raw instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
				return list;
			}
			throw new IllegalArgumentException("must be a list of texts");
		}

	}

	/** One of a fixed set of values. */
	record OneOf(List<String> values) implements PropertyType {

		@Override
		public ValueType valueType() {
			return ValueType.CHOICE;
		}

		@Override
		public List<String> choices() {
			return this.values;
		}

		@Override
		public Object convert(Object raw) {
			if (raw instanceof String text && this.values.contains(text)) {
				return text;
			}
			throw new IllegalArgumentException("must be one of " + this.values.stream().sorted().toList() + ", was '" + raw + "'");
		}

	}

}
