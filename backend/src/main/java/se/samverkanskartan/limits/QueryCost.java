package se.samverkanskartan.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.execution.TypeFromAST;
import graphql.language.Document;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * The cost of a query: how many values it can return, not how many fields it writes. A field costs one, plus what
 * is selected under it, and a list field multiplies what is under it by its {@link ListSizes estimated length}, so
 * twelve aliases of six nested {@code relations { other { … } }} cost twelve times 30 to the sixth power. Counted in
 * longs and capped, so that no query can wrap the sum around; introspection counts one per field, since its size is
 * the schema's, not the data's.
 */
public final class QueryCost {

	/** Far above any limit, and far from overflowing when many such fields are added. */
	static final long CAP = 1L << 40;

	private QueryCost() {
	}

	/** The cost of the operation to run (the only one, or the named one) of a parsed document. */
	static long of(GraphQLSchema schema, Document document, @Nullable String operationName, CoercedVariables variables) {
		Map<QueryVisitorFieldEnvironment, Long> under = new HashMap<>();
		long[] total = { 0 };
		QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.operationName(operationName)
			.coercedVariables(variables)
			.build()
			.visitPostOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment field) {
					if (field.isTypeNameIntrospectionField()) {
						return;
					}
					long children = under.getOrDefault(field, 0L);
					long cost = Math.min(CAP, 1 + multiplier(field) * children);
					QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
					if (parent == null) {
						total[0] = Math.min(CAP, total[0] + cost);
					}
					else {
						under.merge(parent, cost, (a, b) -> Math.min(CAP, a + b));
					}
				}
			});
		return total[0];
	}

	/** The cost of a document as a client sends it, with its variables; for tests and tools. */
	public static long of(GraphQLSchema schema, String document, @Nullable String operationName,
			Map<String, Object> variables) {
		return of(schema, Parser.parse(document), operationName, CoercedVariables.of(variables));
	}

	/**
	 * The cost of an operation of a document whatever its variables: optional ones are left out, so that lists count
	 * their default lengths, and required ones get a placeholder of their type. For tests and tools that check what
	 * clients send.
	 */
	public static long ofOperation(GraphQLSchema schema, String document, @Nullable String operationName) {
		Document parsed = Parser.parse(document);
		Map<String, Object> variables = new HashMap<>();
		parsed.getDefinitionsOfType(OperationDefinition.class).stream()
			.filter(operation -> operationName == null || operationName.equals(operation.getName()))
			.flatMap(operation -> operation.getVariableDefinitions().stream())
			.filter(variable -> variable.getType() instanceof NonNullType)
			.forEach(variable -> variables.put(variable.getName(),
					placeholder(TypeFromAST.getTypeFromAST(schema, variable.getType()))));
		return of(schema, parsed, operationName, CoercedVariables.of(variables));
	}

	/** A value of a required type: a text for scalars, the first value of an enum, required fields of an input. */
	private static Object placeholder(GraphQLType type) {
		GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
		return switch (bare) {
			case GraphQLList list -> List.of(placeholder(list.getWrappedType()));
			case GraphQLEnumType enumType -> enumType.getValues().getFirst().getName();
			case GraphQLInputObjectType input -> {
				Map<String, Object> fields = new HashMap<>();
				input.getFieldDefinitions().stream().filter(field -> GraphQLTypeUtil.isNonNull(field.getType()))
					.forEach(field -> fields.put(field.getName(), placeholder(field.getType())));
				yield fields;
			}
			case GraphQLScalarType scalar -> switch (scalar.getName()) {
				case "Int" -> 1;
				case "Float" -> 1.0;
				case "Boolean" -> true;
				case "Date" -> "2026-01-01";
				default -> "placeholder";
			};
			default -> throw new IllegalArgumentException("No placeholder for " + bare);
		};
	}

	private static long multiplier(QueryVisitorFieldEnvironment field) {
		boolean introspection = field.getFieldDefinition().getName().startsWith("__")
				|| field.getFieldsContainer().getName().startsWith("__");
		if (introspection || !GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()))) {
			return 1;
		}
		return ListSizes.of(field);
	}

}
