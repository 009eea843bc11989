package se.samverkanskartan.audit;

import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code FieldValue} scalar of {@link FieldChange}: a value as plain JSON (a string, a number, a boolean or a list
 * of them), so that a client reads it as it is instead of parsing a JSON text, as it had to with {@code before}.
 */
@Configuration(proxyBeanMethods = false)
class FieldValueScalar {

	static final GraphQLScalarType FIELD_VALUE = GraphQLScalarType.newScalar()
		.name("FieldValue")
		.description("A field's value as plain JSON: a string, a number, a boolean or a list of strings.")
		.coercing(new Coercing<Object, Object>() {
			@Override
			public Object serialize(Object value, GraphQLContext context, Locale locale) {
				if (isPlain(value)) {
					return value;
				}
				throw new CoercingSerializeException("Not a plain value: " + value.getClass().getSimpleName());
			}

			@Override
			public Object parseValue(Object input, GraphQLContext context, Locale locale) {
				if (isPlain(input)) {
					return input;
				}
				throw new CoercingParseValueException("A FieldValue must be a string, a number, a boolean or a list");
			}

			@Override
			public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				return switch (input) {
					case StringValue string -> string.getValue();
					case IntValue number -> number.getValue();
					case FloatValue number -> number.getValue();
					case BooleanValue flag -> flag.isValue();
					case ArrayValue list -> list.getValues().stream()
						.map(item -> parseLiteral(item, variables, context, locale)).toList();
					default -> throw new CoercingParseLiteralException(
							"A FieldValue must be a string, a number, a boolean or a list");
				};
			}
		})
		.build();

	private static boolean isPlain(Object value) {
		return value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof List<?> list && list.stream().allMatch(FieldValueScalar::isPlain);
	}

	@Bean
	RuntimeWiringConfigurer fieldValueWiring() {
		return builder -> builder.scalar(FIELD_VALUE);
	}

}
