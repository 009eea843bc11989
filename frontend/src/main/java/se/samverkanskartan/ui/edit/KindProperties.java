package se.samverkanskartan.ui.edit;

import java.util.List;
import java.util.Map;

/**
 * The kind-specific properties of each node kind, as the schema's node types and the data files define them. The
 * UI must not use the backend's classes, so this is its own copy; the API validates every value anyway, so a
 * difference shows up as a field error rather than as bad data.
 */
final class KindProperties {

	/** How a property is entered. */
	enum Type {
		TEXT, TEXT_LIST, DECIMAL, INTEGER, BOOLEAN, DATE, CHOICE
	}

	/** One property: its name in the API, how it is entered, and the values to choose from for CHOICE. */
	record Property(String name, Type type, List<String> choices) {

		static Property of(String name, Type type) {
			return new Property(name, type, List.of());
		}

		static Property choice(String name, String... values) {
			return new Property(name, Type.CHOICE, List.of(values));
		}
	}

	private static final Map<String, List<Property>> BY_KIND = Map.ofEntries(
			Map.entry("REGION", List.of(Property.of("code", Type.TEXT))),
			Map.entry("MUNICIPALITY", List.of(Property.of("code", Type.TEXT))),
			Map.entry("HOSPITAL", List.of(Property.of("sites", Type.TEXT_LIST), Property.of("city", Type.TEXT),
					Property.of("latitude", Type.DECIMAL), Property.of("longitude", Type.DECIMAL),
					Property.of("previousName", Type.TEXT), Property.of("renamedOn", Type.DATE))),
			Map.entry("UNIT", List.of(Property.of("specialty", Type.TEXT))),
			Map.entry("FACILITY", List.of(Property.of("facilityKind", Type.TEXT))),
			Map.entry("BODY", List.of(Property.choice("bodyKind", "NAMND", "BEREDNING", "FULLMAKTIGE", "FORVALTNING",
					"LEDNINGSGRUPP", "SJUKVARDSREGIONAL_NAMND", "OTHER"))),
			Map.entry("GROUP", List.of(
					Property.choice("groupKind", "CHEFSSAMRAD", "OPERATIONS_GROUP", "TEAM", "WORKING_GROUP", "NETWORK",
							"OTHER"),
					Property.choice("level", "LOCAL", "REGIONAL", "HEALTHCARE_REGIONAL", "NATIONAL"),
					Property.of("count", Type.INTEGER))),
			Map.entry("PROGRAMME", List.of(Property.choice("programmeKind", "PLAN", "PROGRAMME", "ACTION_PLAN", "BUDGET"))),
			Map.entry("ASSIGNMENT", List.of(Property.of("number", Type.TEXT),
					Property.choice("assignmentKind", "DELPROJEKT", "FARDPLANSUPPDRAG", "FULLMAKTIGEUPPDRAG",
							"BEREDNINGSUPPDRAG", "NAMNDUPPDRAG", "UTREDNINGSUPPDRAG"),
					Property.of("area", Type.TEXT))),
			Map.entry("AGREEMENT", List.of(
					Property.choice("agreementKind", "SAMVERKANSAVTAL", "REGIONAVTAL", "MELLANLANSAVTAL", "RIKSAVTAL",
							"OVERENSKOMMELSE", "VARDAVTAL", "NHV_PERMIT", "RECOMMENDATION"),
					Property.of("binding", Type.BOOLEAN),
					Property.choice("status", "IN_FORCE", "STATED_MISSING", "DRAFT", "EXPIRED"))),
			Map.entry("FLOW", List.of(Property.choice("subject", "PATIENTS", "OPERATIONS", "STAFF"),
					Property.choice("acuity", "AKUT", "SUBAKUT", "AKUT_SUBAKUT", "ELEKTIV", "MIXED"),
					Property.choice("mechanism", "REDISTRIBUTION", "VISITING_OPERATORS", "CONCENTRATION",
							"DISCONTINUATION", "COORDINATION"),
					Property.of("directionKnown", Type.BOOLEAN))),
			Map.entry("DECISION", List.of(Property.of("date", Type.DATE), Property.of("paragraph", Type.TEXT),
					Property.of("diarienummer", Type.TEXT))),
			Map.entry("DOCUMENT", List.of(Property.choice("documentKind", "SOURCE", "EXTERNAL"),
					Property.of("file", Type.TEXT), Property.of("url", Type.TEXT), Property.of("date", Type.DATE),
					Property.of("ocr", Type.BOOLEAN))));

	private KindProperties() {
	}

	static List<Property> of(String kind) {
		return BY_KIND.getOrDefault(kind, List.of());
	}
}
