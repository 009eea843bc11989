package se.samverkanskartan.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLSchema;
import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.vocabulary.Vocabulary.ValueSet;
import se.samverkanskartan.vocabulary.Vocabulary.VocabularyValue;

/** Serves the vocabulary, and every node's kind-specific properties in the vocabulary's shape. */
@Controller
class VocabularyController {

	/** Built on first use: the definitions and the schema do not change while the application runs. */
	private volatile @Nullable Vocabulary vocabulary;

	@QueryMapping
	Vocabulary vocabulary(DataFetchingEnvironment environment) {
		Vocabulary built = this.vocabulary;
		if (built == null) {
			built = Vocabulary.of(valueSets(environment.getGraphQLSchema()));
			this.vocabulary = built;
		}
		return built;
	}

	@SchemaMapping(typeName = "Node", field = "properties")
	List<PropertyValue> properties(GraphNode node) {
		List<PropertyValue> values = new ArrayList<>();
		node.kind().properties().keySet().forEach(name -> {
			Object value = node.property(name);
			if (value != null) {
				values.add(PropertyValue.of(name, value));
			}
		});
		return values;
	}

	/** Every enum of the schema but the introspection's own. */
	private static List<ValueSet> valueSets(GraphQLSchema schema) {
		return schema.getAllTypesAsList().stream()
			.filter(GraphQLEnumType.class::isInstance).map(GraphQLEnumType.class::cast)
			.filter(type -> !type.getName().startsWith("__"))
			.sorted(Comparator.comparing(GraphQLEnumType::getName))
			.map(type -> new ValueSet(type.getName(), type.getDescription(), type.getValues().stream()
				.map(value -> new VocabularyValue(value.getName(), value.getDescription())).toList()))
			.toList();
	}

	/** A stored property as {@code PropertyValue}: lists as {@code values}, anything else as its text. */
	record PropertyValue(String name, @Nullable String value, @Nullable List<String> values) {

		static PropertyValue of(String name, Object stored) {
			if (stored instanceof List<?> list) {
				return new PropertyValue(name, null, list.stream().map(String::valueOf).toList());
			}
			return new PropertyValue(name, String.valueOf(stored), null);
		}

	}

}
