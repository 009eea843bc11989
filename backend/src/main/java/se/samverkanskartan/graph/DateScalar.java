package se.samverkanskartan.graph;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

/** The {@code Date} scalar: an ISO-8601 calendar date, with an error that says what was wrong. */
final class DateScalar {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("An ISO-8601 calendar date, e.g. 2024-01-31.")
		.coercing(new Coercing<LocalDate, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date) {
					return date.toString();
				}
				throw new CoercingSerializeException("Not a date: " + value);
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String text) {
					try {
						return LocalDate.parse(text);
					}
					catch (DateTimeParseException ex) {
						throw new CoercingParseValueException(message(text));
					}
				}
				throw new CoercingParseValueException("A Date must be a string such as \"2024-01-31\", was " + input);
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue string) {
					try {
						return LocalDate.parse(string.getValue());
					}
					catch (DateTimeParseException ex) {
						throw new CoercingParseLiteralException(message(string.getValue()));
					}
				}
				throw new CoercingParseLiteralException("A Date must be a string such as \"2024-01-31\"");
			}
		})
		.build();

	private DateScalar() {
	}

	private static String message(String text) {
		return "'" + text + "' is not a Date: use YYYY-MM-DD, e.g. \"2024-01-31\"";
	}

}
