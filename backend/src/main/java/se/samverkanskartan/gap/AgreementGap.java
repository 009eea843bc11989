package se.samverkanskartan.gap;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.GraphNode;

/**
 * A cooperation that crosses an organisational border without a binding agreement: STATED when a source says
 * the agreement is missing, DERIVED when the analysis finds none. A flow and the assignments it runs via are one
 * cooperation: the assignments' gaps of the same kind name the flow's in {@code describes}, and the flow's lists
 * them in {@code describedBy} ({@link CooperationGroups}).
 */
public record AgreementGap(String id, GapKind gapKind, GraphNode cooperation, List<GraphNode> organisations,
		@Nullable GraphNode missingAgreement, String reason, @Nullable String describes,
		List<AgreementGap> describedBy) {

	public AgreementGap {
		organisations = List.copyOf(organisations);
		describedBy = List.copyOf(describedBy);
	}

	/** A gap as the analysis finds it, before it is grouped with the others of its cooperation. */
	public AgreementGap(String id, GapKind gapKind, GraphNode cooperation, List<GraphNode> organisations,
			@Nullable GraphNode missingAgreement, String reason) {
		this(id, gapKind, cooperation, organisations, missingAgreement, reason, null, List.of());
	}

	AgreementGap describing(String leader) {
		return new AgreementGap(this.id, this.gapKind, this.cooperation, this.organisations, this.missingAgreement,
				this.reason, leader, this.describedBy);
	}

	AgreementGap describedBy(List<AgreementGap> members) {
		return new AgreementGap(this.id, this.gapKind, this.cooperation, this.organisations, this.missingAgreement,
				this.reason, this.describes, members);
	}

	/** How a missing agreement is known. */
	public enum GapKind {

		STATED, DERIVED

	}

}
