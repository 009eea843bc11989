package se.samverkanskartan.graph.where;

import static se.samverkanskartan.graph.NodeKind.AGREEMENT;
import static se.samverkanskartan.graph.NodeKind.ASSIGNMENT;
import static se.samverkanskartan.graph.NodeKind.CARE_AREA;
import static se.samverkanskartan.graph.NodeKind.FLOW;
import static se.samverkanskartan.graph.NodeKind.GROUP;
import static se.samverkanskartan.graph.NodeKind.HOSPITAL;
import static se.samverkanskartan.graph.NodeKind.REGION;
import static se.samverkanskartan.graph.Relation.Direction.INCOMING;
import static se.samverkanskartan.graph.Relation.Direction.OUTGOING;
import static se.samverkanskartan.graph.RelationType.ASSIGNED_TO;
import static se.samverkanskartan.graph.RelationType.BETWEEN;
import static se.samverkanskartan.graph.RelationType.CONCERNS;
import static se.samverkanskartan.graph.RelationType.FROM;
import static se.samverkanskartan.graph.RelationType.GOVERNS;
import static se.samverkanskartan.graph.RelationType.OPERATES;
import static se.samverkanskartan.graph.RelationType.PARTICIPATES_IN;
import static se.samverkanskartan.graph.RelationType.PARTY_TO;
import static se.samverkanskartan.graph.RelationType.TARGETS;
import static se.samverkanskartan.graph.RelationType.TO;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.Relation.Direction;
import se.samverkanskartan.graph.RelationType;

/**
 * The relations a {@code <Kind>Where} input names in the domain's words (e.g. {@code Hospital.flows}: the flows from,
 * to or between a hospital), each a relationship pattern of the vocabulary's {@link RelationType}s. The schema's
 * inputs and this table say the same (FiltersMatchTheVocabularyTest); any other relationship is reached with
 * {@code related}.
 */
public final class NamedRelations {

	/** The relationship types to follow, their direction from the filtered node, and the kind at the other end, if one. */
	public record Path(List<RelationType> types, Direction direction, @Nullable NodeKind target) {

	}

	private static final Map<NodeKind, Map<String, Path>> BY_KIND = Map.of(
			HOSPITAL, Map.of(
					"region", new Path(List.of(OPERATES), INCOMING, REGION),
					"flows", new Path(List.of(FROM, TO, BETWEEN), INCOMING, FLOW),
					"groups", new Path(List.of(PARTICIPATES_IN), OUTGOING, GROUP),
					"assignments", new Path(List.of(TARGETS), INCOMING, ASSIGNMENT),
					"agreements", new Path(List.of(PARTY_TO), OUTGOING, AGREEMENT)),
			GROUP, Map.of(
					"participants", new Path(List.of(PARTICIPATES_IN), INCOMING, null),
					"careAreas", new Path(List.of(CONCERNS), OUTGOING, CARE_AREA),
					"agreements", new Path(List.of(GOVERNS), INCOMING, AGREEMENT)),
			ASSIGNMENT, Map.of(
					"targets", new Path(List.of(TARGETS), OUTGOING, null),
					"assignedTo", new Path(List.of(ASSIGNED_TO), OUTGOING, null),
					"careAreas", new Path(List.of(CONCERNS), OUTGOING, CARE_AREA),
					"agreements", new Path(List.of(GOVERNS), INCOMING, AGREEMENT)),
			FLOW, Map.of(
					"from", new Path(List.of(FROM), OUTGOING, null),
					"to", new Path(List.of(TO), OUTGOING, null),
					"between", new Path(List.of(BETWEEN), OUTGOING, null),
					"careAreas", new Path(List.of(CONCERNS), OUTGOING, CARE_AREA),
					"agreements", new Path(List.of(GOVERNS), INCOMING, AGREEMENT)),
			AGREEMENT, Map.of(
					"parties", new Path(List.of(PARTY_TO), INCOMING, null),
					"governs", new Path(List.of(GOVERNS), OUTGOING, null),
					"careAreas", new Path(List.of(CONCERNS), OUTGOING, CARE_AREA)));

	private NamedRelations() {
	}

	/** The named relations of a kind's filter, by field name; empty for kinds without a {@code <Kind>Where}. */
	public static Map<String, Path> of(NodeKind kind) {
		return BY_KIND.getOrDefault(kind, Map.of());
	}

	/** The kinds that have a {@code <Kind>Where} input of their own. */
	public static java.util.Set<NodeKind> kinds() {
		return BY_KIND.keySet();
	}

}
