package se.samverkanskartan.gap;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.GraphNode;

/**
 * A cooperation that crosses an organisational border without a binding agreement: STATED when a source says
 * the agreement is missing, DERIVED when the analysis finds none.
 */
public record AgreementGap(String id, GapKind gapKind, GraphNode cooperation, List<GraphNode> organisations,
		@Nullable GraphNode missingAgreement, String reason) {

	/** How a missing agreement is known. */
	public enum GapKind {

		STATED, DERIVED

	}

}
