package se.samverkanskartan.gap;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import se.samverkanskartan.graph.GraphNode;

/** Why something is a gap, said in Swedish for the strategists who read it. */
final class GapReasons {

	private GapReasons() {
	}

	static String stated(GraphNode missingAgreement) {
		return "Källan anger att avtal saknas: " + missingAgreement.name() + ".";
	}

	static String derived(List<GraphNode> organisations, List<GraphNode> agreements, LocalDate asOf) {
		String parties = organisations.stream().map(GraphNode::name).collect(Collectors.joining(", "));
		StringBuilder reason = new StringBuilder("Samarbetet korsar organisationsgränser (" + parties
				+ "), men inget bindande avtal som gäller " + asOf + " styr det.");
		List<String> nonBinding = agreements.stream()
			.filter(a -> Boolean.FALSE.equals(a.property("binding")))
			.map(GraphNode::name)
			.toList();
		if (!nonBinding.isEmpty()) {
			reason.append(" Det som finns är inte bindande: ").append(String.join(", ", nonBinding))
				.append(" (en rekommendation är inget avtal).");
		}
		// Where the sources do not say whether an agreement binds, the reason says that, not that it does not.
		List<String> unknown = agreements.stream()
			.filter(a -> a.property("binding") == null)
			.map(GraphNode::name)
			.toList();
		if (!unknown.isEmpty()) {
			reason.append(" Om det är bindande säger källorna inte: ").append(String.join(", ", unknown)).append('.');
		}
		List<String> notInForce = agreements.stream()
			.filter(a -> Boolean.TRUE.equals(a.property("binding")) && !"IN_FORCE".equals(a.property("status")))
			.map(a -> a.name() + " (" + a.property("status") + ")")
			.toList();
		if (!notInForce.isEmpty()) {
			reason.append(" Avtal som inte är i kraft: ").append(String.join(", ", notInForce)).append('.');
		}
		return reason.toString();
	}

}
