package se.samverkanskartan.network;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.RelationType;

/** What a map draws: nodes and edges valid on one date, with what it needs to style them. */
public record Network(LocalDate asOf, List<NetworkNode> nodes, List<NetworkEdge> edges) {

	/** A node as drawn. */
	public record NetworkNode(String id, String kind, String label, @Nullable String parent, String provenance,
			@Nullable String agreementStatus, List<String> careAreas, List<String> regions, @Nullable Double latitude,
			@Nullable Double longitude, @Nullable String detail, @Nullable StatusOnDate status, boolean unsourced,
			@Nullable String gap, @Nullable String foldsInto) {

		NetworkNode at(double latitude, double longitude) {
			return new NetworkNode(this.id, this.kind, this.label, this.parent, this.provenance, this.agreementStatus,
					this.careAreas, this.regions, latitude, longitude, this.detail, this.status, this.unsourced, this.gap,
					this.foldsInto);
		}

		NetworkNode withStyle(@Nullable String parent, @Nullable String agreementStatus, List<String> careAreas,
				List<String> regions) {
			return new NetworkNode(this.id, this.kind, this.label, parent, this.provenance, agreementStatus, careAreas,
					regions, this.latitude, this.longitude, this.detail, this.status, this.unsourced, this.gap,
					this.foldsInto);
		}

		/** Marks a cooperation that lacks an agreement: {@code STATED} or {@code DERIVED}, as the gap analysis says. */
		NetworkNode withGap(@Nullable String gap) {
			return new NetworkNode(this.id, this.kind, this.label, this.parent, this.provenance, this.agreementStatus,
					this.careAreas, this.regions, this.latitude, this.longitude, this.detail, this.status, this.unsourced, gap,
					this.foldsInto);
		}

		/** The overview node this node is counted on when a map folds process nodes; see {@link Folding}. */
		NetworkNode foldedInto(@Nullable String owner) {
			return new NetworkNode(this.id, this.kind, this.label, this.parent, this.provenance, this.agreementStatus,
					this.careAreas, this.regions, this.latitude, this.longitude, this.detail, this.status, this.unsourced,
					this.gap, owner);
		}

	}

	/**
	 * What the latest report said of an assignment on the network's date: a {@code REPORTED} state, or a
	 * {@code FORECAST} for {@code date} that the map shows as such ("enligt prognos"), not as a fact.
	 */
	public record StatusOnDate(String status, String kind, LocalDate date) {
	}

	/** An edge as drawn; {@code gap} is set when it shows a missing agreement. */
	public record NetworkEdge(String id, String type, String source, String target, String provenance,
			@Nullable String effect, @Nullable String gap, boolean unsourced) {

		/** Whether the edge says which way it goes: false for a flow's BETWEEN, which a map draws without an arrow. */
		public boolean directed() {
			return RelationType.valueOf(this.type).directed();
		}

		NetworkEdge withGap(String gap) {
			return new NetworkEdge(this.id, this.type, this.source, this.target, this.provenance, this.effect, gap,
					this.unsourced);
		}

	}

}
