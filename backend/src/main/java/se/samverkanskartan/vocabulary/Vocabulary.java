package se.samverkanskartan.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.editing.ImportColumns;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.PropertyType;
import se.samverkanskartan.graph.RelationType;

/** The {@code Vocabulary} type of the API: what the backend's definitions say, shaped for clients. */
record Vocabulary(List<KindDefinition> kinds, List<RelationTypeDefinition> relationTypes, List<ValueSet> valueSets,
		List<String> relationImportColumns) {

	/** The vocabulary of the backend's kinds and relationship types, with the schema's enums as value sets. */
	static Vocabulary of(List<ValueSet> valueSets) {
		List<KindDefinition> kinds = Arrays.stream(NodeKind.values())
			.map(kind -> new KindDefinition(kind, kind.label(), kind.isOrganisation(), properties(kind.properties()),
					ImportColumns.forKind(kind), kind.overviewRank().isPresent() ? kind.overviewRank().getAsInt() : null,
					kind.isLandmark()))
			.toList();
		List<RelationTypeDefinition> types = Arrays.stream(RelationType.values())
			.map(type -> new RelationTypeDefinition(type, ordered(type.from()), ordered(type.to()),
					properties(type.properties()), type.directed()))
			.toList();
		return new Vocabulary(kinds, types, valueSets, ImportColumns.forRelations());
	}

	private static List<PropertyDefinition> properties(Map<String, PropertyType> properties) {
		return properties.entrySet().stream()
			.map(e -> new PropertyDefinition(e.getKey(), e.getValue().valueType(), e.getValue().choices(),
					e.getValue().minimum(), e.getValue().maximum()))
			.toList();
	}

	private static List<NodeKind> ordered(java.util.Set<NodeKind> kinds) {
		return Arrays.stream(NodeKind.values()).filter(kinds::contains).toList();
	}

	record KindDefinition(NodeKind kind, String typeName, boolean organisation, List<PropertyDefinition> properties,
			List<String> importColumns, @Nullable Integer overviewRank, boolean landmark) {
	}

	record RelationTypeDefinition(RelationType type, List<NodeKind> from, List<NodeKind> to,
			List<PropertyDefinition> properties, boolean directed) {
	}

	record PropertyDefinition(String name, PropertyType.ValueType type, List<String> choices, @Nullable Double minimum,
			@Nullable Double maximum) {
	}

	record ValueSet(String name, @Nullable String description, List<VocabularyValue> values) {
	}

	record VocabularyValue(String name, @Nullable String description) {
	}

}
