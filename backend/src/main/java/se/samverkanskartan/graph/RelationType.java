package se.samverkanskartan.graph;

import static se.samverkanskartan.graph.NodeKind.AGREEMENT;
import static se.samverkanskartan.graph.NodeKind.ASSIGNMENT;
import static se.samverkanskartan.graph.NodeKind.BARRIER;
import static se.samverkanskartan.graph.NodeKind.BODY;
import static se.samverkanskartan.graph.NodeKind.CARE_AREA;
import static se.samverkanskartan.graph.NodeKind.DECISION;
import static se.samverkanskartan.graph.NodeKind.EVENT;
import static se.samverkanskartan.graph.NodeKind.FACILITY;
import static se.samverkanskartan.graph.NodeKind.FLOW;
import static se.samverkanskartan.graph.NodeKind.GROUP;
import static se.samverkanskartan.graph.NodeKind.HEALTHCARE_REGION;
import static se.samverkanskartan.graph.NodeKind.HOSPITAL;
import static se.samverkanskartan.graph.NodeKind.MUNICIPALITY;
import static se.samverkanskartan.graph.NodeKind.PRIVATE_PROVIDER;
import static se.samverkanskartan.graph.NodeKind.PROGRAMME;
import static se.samverkanskartan.graph.NodeKind.REGION;
import static se.samverkanskartan.graph.NodeKind.UNIT;
import static se.samverkanskartan.graph.PropertyType.BOOLEAN;
import static se.samverkanskartan.graph.PropertyType.TEXT;
import static se.samverkanskartan.graph.PropertyType.TEXT_LIST;
import static se.samverkanskartan.graph.PropertyType.oneOf;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The relationship types, which kinds they may connect and the properties they may carry. */
public enum RelationType {

	MEMBER_OF(Set.of(REGION), Set.of(HEALTHCARE_REGION), NodeKind.props("partial", BOOLEAN, "municipalities", TEXT_LIST)),
	PART_OF(Set.of(MUNICIPALITY, HOSPITAL, FACILITY, UNIT, ASSIGNMENT, PROGRAMME, GROUP),
			Set.of(REGION, HOSPITAL, PROGRAMME, GROUP), NodeKind.props()),
	OPERATES(Set.of(REGION, PRIVATE_PROVIDER), Set.of(HOSPITAL, FACILITY, UNIT), NodeKind.props()),
	BELONGS_TO(Set.of(BODY), Set.of(REGION, HEALTHCARE_REGION), NodeKind.props()),
	PARTICIPATES_IN(Set.of(REGION, HOSPITAL, UNIT, FACILITY, BODY, PRIVATE_PROVIDER, MUNICIPALITY), Set.of(GROUP),
			NodeKind.props("role", TEXT)),
	LEADS(Set.of(BODY, GROUP), Set.of(GROUP, PROGRAMME, ASSIGNMENT), NodeKind.props()),
	TARGETS(Set.of(ASSIGNMENT, PROGRAMME), Set.of(HOSPITAL, FACILITY, UNIT, REGION, MUNICIPALITY, PRIVATE_PROVIDER),
			NodeKind.props("effect", oneOf("INCREASE", "DECREASE", "DISCONTINUE", "CONCENTRATE", "FOLLOW_UP"))),
	ASSIGNED_TO(Set.of(ASSIGNMENT), Set.of(BODY, GROUP, REGION), NodeKind.props()),
	FROM(Set.of(FLOW), Set.of(HOSPITAL, FACILITY, REGION, HEALTHCARE_REGION, PRIVATE_PROVIDER, MUNICIPALITY), NodeKind.props()),
	TO(Set.of(FLOW), Set.of(HOSPITAL, FACILITY, REGION, HEALTHCARE_REGION, PRIVATE_PROVIDER, MUNICIPALITY), NodeKind.props()),
	/** A place a flow runs between when the sources do not say which way: drawn without an arrow. */
	BETWEEN(Set.of(FLOW), Set.of(HOSPITAL, FACILITY, REGION, HEALTHCARE_REGION, PRIVATE_PROVIDER, MUNICIPALITY),
			NodeKind.props(), false),
	VIA(Set.of(FLOW), Set.of(GROUP, FACILITY, ASSIGNMENT), NodeKind.props()),
	PARTY_TO(Set.of(REGION, MUNICIPALITY, PRIVATE_PROVIDER, BODY, HOSPITAL), Set.of(AGREEMENT), NodeKind.props()),
	GOVERNS(Set.of(AGREEMENT), Set.of(FLOW, ASSIGNMENT, GROUP, PROGRAMME, BODY), NodeKind.props()),
	DECIDED_BY(Set.of(DECISION), Set.of(BODY), NodeKind.props()),
	DECIDES(Set.of(DECISION), Set.of(ASSIGNMENT, PROGRAMME, GROUP, FACILITY, AGREEMENT), NodeKind.props()),
	CONCERNS(Set.of(GROUP, ASSIGNMENT, FLOW, AGREEMENT, PROGRAMME, FACILITY, EVENT, BARRIER), Set.of(CARE_AREA),
			NodeKind.props()),
	SUPPORTS(Set.of(GROUP, FACILITY), Set.of(HOSPITAL, UNIT), NodeKind.props()),
	COORDINATES(Set.of(GROUP), Set.of(GROUP), NodeKind.props()),
	FOLLOWS_UP(Set.of(BODY, GROUP), Set.of(ASSIGNMENT), NodeKind.props()),
	HELD_AT(Set.of(EVENT), Set.of(HOSPITAL, FACILITY, UNIT, MUNICIPALITY, REGION), NodeKind.props()),
	HELD_BY(Set.of(EVENT), Set.of(BODY, GROUP, REGION), NodeKind.props()),
	ABOUT(Set.of(EVENT), Set.of(ASSIGNMENT, FACILITY, PROGRAMME, AGREEMENT, GROUP, UNIT, HOSPITAL), NodeKind.props()),
	HINDERS(Set.of(BARRIER), Set.of(AGREEMENT, ASSIGNMENT, FLOW, PROGRAMME, GROUP), NodeKind.props());

	private final Set<NodeKind> from;

	private final Set<NodeKind> to;

	private final Map<String, PropertyType> properties;

	private final boolean directed;

	RelationType(Set<NodeKind> from, Set<NodeKind> to, Map<String, PropertyType> properties) {
		this(from, to, properties, true);
	}

	RelationType(Set<NodeKind> from, Set<NodeKind> to, Map<String, PropertyType> properties, boolean directed) {
		this.from = EnumSet.copyOf(from);
		this.to = EnumSet.copyOf(to);
		this.properties = properties;
		this.directed = directed;
	}

	/** Whether the relationship says which way something goes; only {@link #BETWEEN} does not. */
	public boolean directed() {
		return this.directed;
	}

	public Set<NodeKind> from() {
		return this.from;
	}

	public Set<NodeKind> to() {
		return this.to;
	}

	public Map<String, PropertyType> properties() {
		return this.properties;
	}

}
