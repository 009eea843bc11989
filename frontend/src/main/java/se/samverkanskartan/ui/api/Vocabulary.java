package se.samverkanskartan.ui.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The API's {@code Vocabulary}: the kinds with their properties, the relationship types with the kinds they join,
 * and the schema's closed sets of values. The UI builds its forms, filters, legend and relation choices from it and
 * keeps no copy of its own.
 */
public record Vocabulary(List<Kind> kinds, List<RelationRule> relationTypes, List<ValueSet> valueSets,
		List<String> relationImportColumns) {

	public Vocabulary {
		relationImportColumns = relationImportColumns == null ? List.of() : List.copyOf(relationImportColumns);
		kinds = kinds == null ? List.of() : List.copyOf(kinds);
		relationTypes = relationTypes == null ? List.of() : List.copyOf(relationTypes);
		valueSets = valueSets == null ? List.of() : List.copyOf(valueSets);
	}

	/**
	 * A kind of node and its own properties ({@code KindDefinition}); {@code overviewRank} is its place in the map's
	 * overview (null for a kind folded into counts), {@code landmark} whether maps name it in bold.
	 */
	public record Kind(String kind, String typeName, boolean organisation, List<Property> properties,
			List<String> importColumns, Integer overviewRank, boolean landmark) {

		public Kind {
			properties = properties == null ? List.of() : List.copyOf(properties);
			importColumns = importColumns == null ? List.of() : List.copyOf(importColumns);
		}
	}

	/**
	 * A relationship type and the kinds it may start from and end at ({@code RelationTypeDefinition});
	 * {@code directed} is false for a type that states no direction (BETWEEN).
	 */
	public record RelationRule(String type, List<String> from, List<String> to, List<Property> properties,
			boolean directed) {

		public RelationRule {
			from = from == null ? List.of() : List.copyOf(from);
			to = to == null ? List.of() : List.copyOf(to);
			properties = properties == null ? List.of() : List.copyOf(properties);
		}
	}

	/** A kind- or type-specific property and how it is entered ({@code PropertyDefinition}); bounds may be null. */
	public record Property(String name, ValueType type, List<String> choices, Double minimum, Double maximum) {

		public Property {
			choices = choices == null ? List.of() : List.copyOf(choices);
		}
	}

	/** How a property's value is written: the schema's {@code PropertyValueType}, which the form renders. */
	public enum ValueType {
		TEXT, TEXT_LIST, DECIMAL, INTEGER, BOOLEAN, DATE, CHOICE
	}

	/** One of the schema's enums. */
	public record ValueSet(String name, List<Value> values) {

		public ValueSet {
			values = values == null ? List.of() : List.copyOf(values);
		}
	}

	/** One value of a set. */
	public record Value(String name) {
	}

	/** A possible relationship between a selected node and another one, in one direction. */
	public record Choice(String type, boolean fromSelected) {
	}

	/** Whether relationships of the type say which way they go; unknown types are taken as directed. */
	public boolean directed(String type) {
		return relationTypes.stream().filter(r -> r.type().equals(type)).findFirst().map(RelationRule::directed)
			.orElse(true);
	}

	/** The kinds a map's overview draws, outermost first (healthcare regions, regions, hospitals …). */
	public List<String> overviewOrder() {
		return kinds.stream().filter(k -> k.overviewRank() != null)
			.sorted(java.util.Comparator.comparing(Kind::overviewRank)).map(Kind::kind).toList();
	}

	/** The kinds readers find their way by on a map, named in bold. */
	public List<String> landmarks() {
		return kinds.stream().filter(Kind::landmark).map(Kind::kind).toList();
	}

	/** The kinds of nodes, in the schema's order. */
	public List<String> kindNames() {
		return kinds.stream().map(Kind::kind).toList();
	}

	public Optional<Kind> kind(String kind) {
		return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst();
	}

	/** A kind's own properties, in the order a form shows them; none for an unknown kind. */
	public List<Property> properties(String kind) {
		return kind(kind).map(Kind::properties).orElse(List.of());
	}

	/** A relationship type's own properties. */
	public List<Property> relationProperties(String type) {
		return rule(type).map(RelationRule::properties).orElse(List.of());
	}

	/** The values of one of the schema's enums, e.g. {@code AgreementStatus}, in order. */
	public List<String> values(String valueSet) {
		return valueSets.stream().filter(s -> s.name().equals(valueSet)).findFirst()
			.map(s -> s.values().stream().map(Value::name).toList()).orElse(List.of());
	}

	/** The kinds a relationship of this type may start from. */
	public List<String> startKinds(String type) {
		return rule(type).map(RelationRule::from).orElse(List.of());
	}

	/** Every type that fits the two kinds, in either direction, in the schema's order. */
	public List<Choice> choices(String selectedKind, String otherKind) {
		List<Choice> fits = new ArrayList<>();
		for (RelationRule rule : relationTypes) {
			if (rule.from().contains(selectedKind) && rule.to().contains(otherKind)) {
				fits.add(new Choice(rule.type(), true));
			}
			if (rule.from().contains(otherKind) && rule.to().contains(selectedKind) && !selectedKind.equals(otherKind)) {
				fits.add(new Choice(rule.type(), false));
			}
		}
		return fits;
	}

	private Optional<RelationRule> rule(String type) {
		return relationTypes.stream().filter(r -> r.type().equals(type)).findFirst();
	}
}
