package se.samverkanskartan.ui.edit;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which relationship types may join which kinds of nodes, as the schema documents them, so that the relation form
 * offers only types that fit the two nodes chosen. The API checks the same rule and names the end that does not fit.
 */
final class RelationRules {

	/** The kinds a type may start from and end at. */
	record Rule(Set<String> from, Set<String> to) {
	}

	private static final Set<String> PLACES = Set.of("HOSPITAL", "FACILITY", "REGION", "HEALTHCARE_REGION",
			"PRIVATE_PROVIDER", "MUNICIPALITY");

	static final Map<String, Rule> RULES = Map.ofEntries(
			Map.entry("MEMBER_OF", new Rule(Set.of("REGION"), Set.of("HEALTHCARE_REGION"))),
			Map.entry("PART_OF", new Rule(Set.of("MUNICIPALITY", "HOSPITAL", "FACILITY", "UNIT", "ASSIGNMENT",
					"PROGRAMME", "GROUP"), Set.of("REGION", "HOSPITAL", "PROGRAMME", "GROUP"))),
			Map.entry("OPERATES", new Rule(Set.of("REGION", "PRIVATE_PROVIDER"), Set.of("HOSPITAL", "FACILITY", "UNIT"))),
			Map.entry("BELONGS_TO", new Rule(Set.of("BODY"), Set.of("REGION", "HEALTHCARE_REGION"))),
			Map.entry("PARTICIPATES_IN", new Rule(Set.of("REGION", "HOSPITAL", "UNIT", "FACILITY", "BODY",
					"PRIVATE_PROVIDER", "MUNICIPALITY"), Set.of("GROUP"))),
			Map.entry("LEADS", new Rule(Set.of("BODY", "GROUP"), Set.of("GROUP", "PROGRAMME", "ASSIGNMENT"))),
			Map.entry("TARGETS", new Rule(Set.of("ASSIGNMENT", "PROGRAMME"), Set.of("HOSPITAL", "FACILITY", "UNIT",
					"REGION", "MUNICIPALITY", "PRIVATE_PROVIDER"))),
			Map.entry("ASSIGNED_TO", new Rule(Set.of("ASSIGNMENT"), Set.of("BODY", "GROUP", "REGION"))),
			Map.entry("FROM", new Rule(Set.of("FLOW"), PLACES)),
			Map.entry("TO", new Rule(Set.of("FLOW"), PLACES)),
			Map.entry("VIA", new Rule(Set.of("FLOW"), Set.of("GROUP", "FACILITY", "ASSIGNMENT"))),
			Map.entry("PARTY_TO", new Rule(agreementParties(), Set.of("AGREEMENT"))),
			Map.entry("GOVERNS", new Rule(Set.of("AGREEMENT"), Set.of("FLOW", "ASSIGNMENT", "GROUP", "PROGRAMME", "BODY"))),
			Map.entry("DECIDED_BY", new Rule(Set.of("DECISION"), Set.of("BODY"))),
			Map.entry("DECIDES", new Rule(Set.of("DECISION"), Set.of("ASSIGNMENT", "PROGRAMME", "GROUP", "FACILITY",
					"AGREEMENT"))),
			Map.entry("CONCERNS", new Rule(Set.of("GROUP", "ASSIGNMENT", "FLOW", "AGREEMENT", "PROGRAMME", "FACILITY"),
					Set.of("CARE_AREA"))),
			Map.entry("SUPPORTS", new Rule(Set.of("GROUP", "FACILITY"), Set.of("HOSPITAL", "UNIT"))),
			Map.entry("COORDINATES", new Rule(Set.of("GROUP"), Set.of("GROUP"))),
			Map.entry("FOLLOWS_UP", new Rule(Set.of("BODY", "GROUP"), Set.of("ASSIGNMENT"))));

	/** The properties a relationship of each type may carry; types not listed carry none. */
	static final Map<String, List<String>> PROPERTIES = Map.of("MEMBER_OF", List.of("partial", "municipalities"),
			"PARTICIPATES_IN", List.of("role"), "TARGETS", List.of("effect"));

	/** A possible relationship between the selected node and the other one, in one direction. */
	record Choice(String type, boolean fromSelected) {
	}

	private RelationRules() {
	}

	/** The kinds that may be party to an agreement; two of them can be joined by drawing a new agreement. */
	static Set<String> agreementParties() {
		return Set.of("REGION", "MUNICIPALITY", "PRIVATE_PROVIDER", "BODY", "HOSPITAL");
	}

	/** Every type that fits the two kinds, in either direction, ordered by type. */
	static List<Choice> choices(String selectedKind, String otherKind) {
		return RULES.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(e -> {
			Rule rule = e.getValue();
			java.util.stream.Stream.Builder<Choice> fits = java.util.stream.Stream.builder();
			if (rule.from().contains(selectedKind) && rule.to().contains(otherKind)) {
				fits.add(new Choice(e.getKey(), true));
			}
			if (rule.from().contains(otherKind) && rule.to().contains(selectedKind)
					&& !selectedKind.equals(otherKind)) {
				fits.add(new Choice(e.getKey(), false));
			}
			return fits.build();
		}).toList();
	}
}
