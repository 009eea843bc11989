package se.samverkanskartan.ui.map;

import java.util.List;

/** The node kinds of the schema's {@code NodeKind} enum, in the order the legend and the filters list them. */
public final class NodeKinds {

	public static final List<String> ALL = List.of("HEALTHCARE_REGION", "REGION", "MUNICIPALITY", "HOSPITAL", "UNIT",
			"FACILITY", "PRIVATE_PROVIDER", "BODY", "GROUP", "PROGRAMME", "ASSIGNMENT", "AGREEMENT", "FLOW",
			"CARE_AREA", "DECISION", "DOCUMENT");

	private NodeKinds() {
	}
}
