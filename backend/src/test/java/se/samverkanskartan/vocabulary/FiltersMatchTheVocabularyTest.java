package se.samverkanskartan.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.PropertyType;
import se.samverkanskartan.graph.where.NamedRelations;

/**
 * The filters the schema offers are the vocabulary's: every {@code <Kind>Where} has a field for each property of the
 * kind, with the filter its value type takes, and exactly the named relations the backend knows how to follow; a
 * property added to a kind and not to its filter, or a relation named in one place only, fails here, naming it.
 */
class FiltersMatchTheVocabularyTest {

	/** The fields every node's filter has, besides its kind's properties and named relations. */
	private static final Set<String> COMMON = Set.of("AND", "OR", "NOT", "id", "name", "aliases", "description",
			"provenance", "validFrom", "validTo", "related");

	private static final GraphQLSchema SCHEMA = SchemaFiles.schema();

	@Test
	void everyFilteredKindHasAFieldPerPropertyAndNamedRelation() {
		for (NodeKind kind : NamedRelations.kinds()) {
			GraphQLInputObjectType where = SCHEMA.getTypeAs(kind.label() + "Where");
			assertThat(where).as("input %sWhere", kind.label()).isNotNull();
			Set<String> expected = new TreeSet<>(COMMON);
			expected.addAll(kind.properties().keySet());
			expected.addAll(NamedRelations.of(kind).keySet());
			if (kind == NodeKind.ASSIGNMENT) {
				expected.add("status");
			}
			assertThat(new TreeSet<>(where.getFieldDefinitions().stream().map(GraphQLInputObjectField::getName).toList()))
				.as("fields of %sWhere", kind.label()).isEqualTo(expected);
			kind.properties().forEach((name, property) -> assertThat(typeOf(where, name))
				.as("%sWhere.%s", kind.label(), name).isEqualTo(filterFor(kind, name, property)));
			NamedRelations.of(kind).keySet().forEach(name -> assertThat(typeOf(where, name))
				.as("%sWhere.%s", kind.label(), name).isEqualTo("RelatedNodesFilter"));
		}
	}

	@Test
	void aRelatedNodeCanBeFilteredAsEachFilteredKind() {
		GraphQLInputObjectType node = SCHEMA.getTypeAs("NodeWhere");
		for (NodeKind kind : NamedRelations.kinds()) {
			String field = Character.toLowerCase(kind.label().charAt(0)) + kind.label().substring(1);
			assertThat(typeOf(node, field)).as("NodeWhere.%s", field).isEqualTo(kind.label() + "Where");
		}
	}

	@Test
	void sortKeysAreFieldsOfTheKind() {
		for (NodeKind kind : NamedRelations.kinds()) {
			GraphQLInputObjectType sort = SCHEMA.getTypeAs(kind.label() + "Sort");
			assertThat(sort).as("input %sSort", kind.label()).isNotNull();
			sort.getFieldDefinitions().forEach(field -> assertThat(Set.of("id", "name", "validFrom", "validTo")
				.contains(field.getName()) || kind.properties().containsKey(field.getName()))
				.as("%sSort.%s is a field of %s", kind.label(), field.getName(), kind.label()).isTrue());
		}
	}

	private static String filterFor(NodeKind kind, String name, PropertyType property) {
		GraphQLObjectType object = SCHEMA.getObjectType(kind.label());
		if (GraphQLTypeUtil.unwrapAll(object.getFieldDefinition(name).getType()) instanceof GraphQLEnumType values) {
			return values.getName() + "Filter";
		}
		return switch (property.valueType()) {
			case TEXT, CHOICE -> "StringFilter";
			case TEXT_LIST -> "StringListFilter";
			case DECIMAL -> "FloatFilter";
			case INTEGER -> "IntFilter";
			case BOOLEAN -> "BooleanFilter";
			case DATE -> "DateFilter";
		};
	}

	private static String typeOf(GraphQLInputObjectType input, String field) {
		GraphQLInputObjectField definition = input.getFieldDefinition(field);
		assertThat(definition).as("%s.%s", input.getName(), field).isNotNull();
		return GraphQLTypeUtil.simplePrint(definition.getType());
	}

}
