package se.samverkanskartan.organisation;

import java.util.List;

import se.samverkanskartan.graph.GraphNode;

/** Who a hospital cooperates with, in which care areas, through which groups, flows, assignments and agreements. */
public record HospitalCooperation(GraphNode hospital, List<Partner> partners, List<GraphNode> groups,
		List<GraphNode> flows, List<GraphNode> assignments, List<GraphNode> agreements, List<GraphNode> careAreas) {

	/** A partner of the hospital and the cooperation they share. */
	public record Partner(GraphNode partner, List<GraphNode> via, List<GraphNode> careAreas) {
	}

}
