package se.samverkanskartan.graph;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code PartialDate} scalar: a date known to a day, a month or a year ({@link PartialDate}), written as its text
 * ({@code 2024-01-31}, {@code 2024-01}, {@code 2024}), the same text the API gave as a String before.
 */
final class PartialDateScalar {

	static final GraphQLScalarType PARTIAL_DATE = GraphQLScalarType.newScalar()
		.name("PartialDate")
		.description("A date as YYYY-MM-DD, YYYY-MM or YYYY, its precision kept, e.g. 2024-01.")
		.coercing(new Coercing<PartialDate, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof PartialDate date) {
					return date.text();
				}
				if (value instanceof String text) {
					try {
						return PartialDate.parse(text).text();
					}
					catch (IllegalArgumentException ex) {
						throw new CoercingSerializeException("Not a PartialDate: " + ex.getMessage());
					}
				}
				throw new CoercingSerializeException("Not a PartialDate: " + value);
			}

			@Override
			public PartialDate parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String text) {
					try {
						return PartialDate.parse(text);
					}
					catch (IllegalArgumentException ex) {
						throw new CoercingParseValueException(message(ex));
					}
				}
				throw new CoercingParseValueException("A PartialDate must be a string such as \"2024-01\", was " + input);
			}

			@Override
			public PartialDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue string) {
					try {
						return PartialDate.parse(string.getValue());
					}
					catch (IllegalArgumentException ex) {
						throw new CoercingParseLiteralException(message(ex));
					}
				}
				throw new CoercingParseLiteralException("A PartialDate must be a string such as \"2024-01\"");
			}
		})
		.build();

	private PartialDateScalar() {
	}

	private static String message(IllegalArgumentException ex) {
		return "A PartialDate " + ex.getMessage() + ": use YYYY, YYYY-MM or YYYY-MM-DD, e.g. \"2024-01\"";
	}

}
