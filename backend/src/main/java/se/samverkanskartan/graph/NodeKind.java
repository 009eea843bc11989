package se.samverkanskartan.graph;

import static se.samverkanskartan.graph.PropertyType.BOOLEAN;
import static se.samverkanskartan.graph.PropertyType.DATE;
import static se.samverkanskartan.graph.PropertyType.COUNT;
import static se.samverkanskartan.graph.PropertyType.LATITUDE;
import static se.samverkanskartan.graph.PropertyType.LONGITUDE;
import static se.samverkanskartan.graph.PropertyType.TEXT;
import static se.samverkanskartan.graph.PropertyType.TEXT_LIST;
import static se.samverkanskartan.graph.PropertyType.WEB_ADDRESS;
import static se.samverkanskartan.graph.PropertyType.oneOf;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The kinds of nodes. The label is both the Neo4j label and the GraphQL type; the properties are the
 * kind-specific ones a data file may give.
 */
public enum NodeKind {

	HEALTHCARE_REGION("HealthcareRegion", props()),
	REGION("Region", props("code", TEXT)),
	MUNICIPALITY("Municipality", props("code", TEXT)),
	HOSPITAL("Hospital", props("sites", TEXT_LIST, "city", TEXT, "latitude", LATITUDE, "longitude", LONGITUDE,
			"previousName", TEXT, "renamedOn", DATE)),
	UNIT("Unit", props("specialty", TEXT)),
	FACILITY("Facility", props("facilityKind", oneOf("PRODUCTION_THEATRE", "OTHER"))),
	PRIVATE_PROVIDER("PrivateProvider", props()),
	BODY("Body", props("bodyKind", oneOf("NAMND", "BEREDNING", "FULLMAKTIGE", "FORVALTNING", "LEDNINGSGRUPP",
			"SJUKVARDSREGIONAL_NAMND", "OTHER"))),
	GROUP("Group", props("groupKind", oneOf("CHEFSSAMRAD", "OPERATIONS_GROUP", "TEAM", "WORKING_GROUP", "NETWORK", "OTHER"),
			"level", oneOf("LOCAL", "REGIONAL", "HEALTHCARE_REGIONAL", "NATIONAL"), "count", COUNT)),
	PROGRAMME("Programme", props("programmeKind", oneOf("PLAN", "PROGRAMME", "ACTION_PLAN", "BUDGET"))),
	ASSIGNMENT("Assignment", props("number", TEXT, "assignmentKind", oneOf("DELPROJEKT", "FARDPLANSUPPDRAG",
			"FULLMAKTIGEUPPDRAG", "BEREDNINGSUPPDRAG", "NAMNDUPPDRAG", "UTREDNINGSUPPDRAG"), "area", TEXT)),
	AGREEMENT("Agreement", props("agreementKind", oneOf("SAMVERKANSAVTAL", "REGIONAVTAL", "MELLANLANSAVTAL", "RIKSAVTAL",
			"OVERENSKOMMELSE", "VARDAVTAL", "NHV_PERMIT", "RECOMMENDATION"), "binding", BOOLEAN,
			"status", oneOf("IN_FORCE", "STATED_MISSING", "DRAFT", "EXPIRED"))),
	FLOW("Flow", props("subject", oneOf("PATIENTS", "OPERATIONS", "STAFF"),
			"acuity", oneOf("AKUT", "SUBAKUT", "AKUT_SUBAKUT", "ELEKTIV", "MIXED"),
			"mechanism", oneOf("REDISTRIBUTION", "VISITING_OPERATORS", "CONCENTRATION", "DISCONTINUATION", "COORDINATION"),
			"directionKnown", BOOLEAN)),
	CARE_AREA("CareArea", props()),
	/** {@code decisionStage}: a beslutsförslag (PROPOSED) is not a decision (DECIDED) until the body takes it. */
	DECISION("Decision", props("date", DATE, "paragraph", TEXT, "diarienummer", TEXT, "decisionStage",
			oneOf("DECIDED", "PROPOSED"))),
	/** A dated visit, meeting or dialogue, tied to where it was held, who held it and what it was about. */
	EVENT("Event", props("date", DATE, "eventKind", oneOf("VISIT", "MEETING", "DIALOGUE", "CONFERENCE", "INFORMATION"))),
	/** What a source says works against cooperation or an assignment, e.g. staffing or missing long-term commitments. */
	BARRIER("Barrier", props()),
	/** Loaded from the {@code documents} of the data files; these properties are for documents added through the API. */
	DOCUMENT("Document", props("documentKind", oneOf("SOURCE", "EXTERNAL"), "file", TEXT, "url", WEB_ADDRESS, "publisher", TEXT,
			"date", DATE, "ocr", BOOLEAN, "diarienummer", TEXT));

	private final String label;

	private final Map<String, PropertyType> properties;

	NodeKind(String label, Map<String, PropertyType> properties) {
		this.label = label;
		this.properties = properties;
	}

	/** The Neo4j label and GraphQL type name, e.g. {@code HealthcareRegion}. */
	public String label() {
		return this.label;
	}

	public Map<String, PropertyType> properties() {
		return this.properties;
	}

	/** Name and type pairs, kept in the order written: forms and the vocabulary list them so. */
	static Map<String, PropertyType> props(Object... namesAndTypes) {
		Map<String, PropertyType> properties = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTypes.length; i += 2) {
			properties.put((String) namesAndTypes[i], (PropertyType) namesAndTypes[i + 1]);
		}
		return Collections.unmodifiableMap(properties);
	}

	public static Optional<NodeKind> ofLabel(String label) {
		return Arrays.stream(values()).filter(kind -> kind.label.equals(label)).findFirst();
	}

	/**
	 * The kinds a map's overview of the cooperation draws, outermost first: the organisations by their place in the
	 * organisation (healthcare region, region, hospital), then groups, flows and agreements. Every other kind is a
	 * process node that the overview folds into a count on the node it belongs to.
	 */
	private static final List<NodeKind> OVERVIEW = List.of(HEALTHCARE_REGION, REGION, HOSPITAL, PRIVATE_PROVIDER, GROUP,
			FLOW, AGREEMENT);

	/** This kind's place in the overview (1 outermost), or empty for a kind that is folded into counts. */
	public OptionalInt overviewRank() {
		int index = OVERVIEW.indexOf(this);
		return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
	}

	/** The organisations readers find their way by on a map (healthcare regions, regions, hospitals). */
	public boolean isLandmark() {
		return this == HEALTHCARE_REGION || this == REGION || this == HOSPITAL;
	}

	/** The organisations whose borders a cooperation can cross. */
	public boolean isOrganisation() {
		return this == REGION || this == PRIVATE_PROVIDER || this == MUNICIPALITY;
	}

}
