package se.samverkanskartan.graph;

import java.math.BigDecimal;
import java.util.List;

/** The type of a kind-specific property in a data file, and how its text becomes a stored value. */
public sealed interface PropertyType {

	/** Converts a value from a data file, or throws {@link IllegalArgumentException} saying what is wrong. */
	Object convert(Object raw);

	/** How the value is written, as the API's vocabulary names it. */
	ValueType valueType();

	/** The smallest number allowed, for a number with bounds; null otherwise. */
	default @org.jspecify.annotations.Nullable Double minimum() {
		return null;
	}

	/** The largest number allowed, for a number with bounds; null otherwise. */
	default @org.jspecify.annotations.Nullable Double maximum() {
		return null;
	}

	/** The allowed values of a {@link ValueType#CHOICE}, in their order; empty for the other types. */
	default List<String> choices() {
		return List.of();
	}

	/** The types of values, as the vocabulary names them for clients that build forms. */
	enum ValueType {
		TEXT, TEXT_LIST, DECIMAL, INTEGER, BOOLEAN, DATE, CHOICE
	}

	PropertyType TEXT = new Scalar("text");

	PropertyType LATITUDE = new Bounded(false, -90, 90);

	PropertyType LONGITUDE = new Bounded(false, -180, 180);

	/** A number of things: never negative, and no more than a GraphQL {@code Int} holds. */
	PropertyType COUNT = new Bounded(true, 0, Integer.MAX_VALUE);

	PropertyType BOOLEAN = new Scalar("true or false");

	PropertyType DATE = new Scalar("date (YYYY, YYYY-MM or YYYY-MM-DD)");

	PropertyType TEXT_LIST = new TextList();

	/** The address of a web page: {@code http} or {@code https} only, since the UI renders it as a link. */
	PropertyType WEB_ADDRESS = new WebAddress();

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
			return switch (this.description) {
				case "true or false" -> parseBoolean(text);
				case "date (YYYY, YYYY-MM or YYYY-MM-DD)" -> PartialDate.parse(text).text();
				default -> text;
			};
		}

		private static boolean parseBoolean(String text) {
			return switch (text) {
				case "true" -> true;
				case "false" -> false;
				default -> throw new IllegalArgumentException("must be true or false, was '" + text + "'");
			};
		}

	}

	/** A number within bounds, such as a latitude; whole numbers are stored as longs, others as doubles. */
	record Bounded(boolean whole, double min, double max) implements PropertyType {

		@Override
		public ValueType valueType() {
			return this.whole ? ValueType.INTEGER : ValueType.DECIMAL;
		}

		@Override
		public Double minimum() {
			return this.min;
		}

		@Override
		public Double maximum() {
			return this.max;
		}

		@Override
		public Object convert(Object raw) {
			String what = (this.whole ? "a whole number" : "a decimal number") + " between " + plain(this.min) + " and "
					+ plain(this.max);
			if (!(raw instanceof String text)) {
				throw new IllegalArgumentException("must be " + what + ", not a list or map");
			}
			try {
				Object value = this.whole ? (Object) Long.parseLong(text.strip()) : (Object) Double.parseDouble(text);
				double number = ((java.lang.Number) value).doubleValue();
				// NaN and the infinities parse as doubles, and fall outside every range.
				if (Double.isFinite(number) && number >= this.min && number <= this.max) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// Refused below like a number out of range.
			}
			throw new IllegalArgumentException("must be " + what + ", was '" + text + "'");
		}

		private static String plain(double bound) {
			return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
		}

	}

	/**
	 * An absolute {@code http} or {@code https} address with a host. Anything else a browser would follow too
	 * ({@code javascript:}, {@code data:}, a relative path) is refused where the value comes in, so that no stored
	 * link can run script in the UI.
	 */
	record WebAddress() implements PropertyType {

		@Override
		public ValueType valueType() {
			return ValueType.TEXT;
		}

		@Override
		public Object convert(Object raw) {
			if (!(raw instanceof String text)) {
				throw new IllegalArgumentException("must be an http or https address, not a list or map");
			}
			String address = text.strip();
			if (!isWebAddress(address)) {
				throw new IllegalArgumentException("must be an http or https address such as https://example.org/page, was '"
						+ text + "'");
			}
			return address;
		}

		/** Whether the text is an absolute http(s) address with a host. */
		public static boolean isWebAddress(String text) {
			try {
				java.net.URI uri = new java.net.URI(text);
				String scheme = uri.getScheme();
				return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
						&& uri.getHost() != null && !uri.getHost().isBlank();
			}
			catch (java.net.URISyntaxException ex) {
				return false;
			}
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
