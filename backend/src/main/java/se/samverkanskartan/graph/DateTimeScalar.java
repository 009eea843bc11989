package se.samverkanskartan.graph;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
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
 * The {@code DateTime} scalar: an ISO-8601 date and time with its offset, as graphql-scalars defines it. A stored
 * time written as such text (Neo4j's {@code toString(datetime)}) goes out unchanged, so clients that read it as a
 * string before see the same text.
 */
final class DateTimeScalar {

	private static final String EXAMPLE = "\"2026-05-02T14:03:07Z\" or \"2026-05-02T16:03:07+02:00\"";

	static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("An ISO-8601 date and time with its offset from UTC, e.g. 2026-05-02T14:03:07.123Z.")
		.coercing(new Coercing<OffsetDateTime, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof OffsetDateTime time) {
					return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
				}
				if (value instanceof ZonedDateTime time) {
					return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
				}
				if (value instanceof String text) {
					try {
						OffsetDateTime.parse(text);
						return text;
					}
					catch (DateTimeParseException ex) {
						// A zone name after the offset ("…+02:00[Europe/Stockholm]"): the offset says it all.
						try {
							TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text);
							return ZonedDateTime.from(parsed).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
						}
						catch (RuntimeException notATime) {
							throw new CoercingSerializeException("Not a date and time with an offset: " + text);
						}
					}
				}
				throw new CoercingSerializeException("Not a date and time: " + value);
			}

			@Override
			public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String text) {
					return parse(text, CoercingParseValueException::new);
				}
				throw new CoercingParseValueException("A DateTime must be a string such as " + EXAMPLE + ", was " + input);
			}

			@Override
			public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue string) {
					return parse(string.getValue(), CoercingParseLiteralException::new);
				}
				throw new CoercingParseLiteralException("A DateTime must be a string such as " + EXAMPLE);
			}
		})
		.build();

	private DateTimeScalar() {
	}

	private static OffsetDateTime parse(String text, java.util.function.Function<String, RuntimeException> refusal) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw refusal.apply("'" + text + "' is not a DateTime: use an ISO-8601 date and time with its offset, e.g. "
					+ EXAMPLE);
		}
	}

}
