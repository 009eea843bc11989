package se.samverkanskartan.source;

import java.util.List;
import java.util.Map;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;

/**
 * Refuses a direction the sources do not give: a flow marked {@code directionKnown: false} (the source says only
 * "mellan A och B") runs BETWEEN its places; a FROM or TO on it would draw an arrow no quote supports.
 */
final class FlowDirections {

	private FlowDirections() {
	}

	static void check(Map<String, Seed.Node> nodes, List<Seed.Relation> relations, List<DataProblem> problems) {
		for (Seed.Relation relation : relations) {
			if (relation.type() != RelationType.FROM && relation.type() != RelationType.TO) {
				continue;
			}
			Seed.Node flow = nodes.get(relation.from());
			if (flow != null && flow.kind() == NodeKind.FLOW && Boolean.FALSE.equals(flow.properties().get("directionKnown"))) {
				DataEntry at = relation.at();
				problems.add(new DataProblem(at.file(), at.line(), at.label(), relation.type() + ": flow '" + flow.id()
						+ "' is marked directionKnown: false (" + flow.at().file() + ":" + flow.at().line()
						+ "), so its sources state no direction; use BETWEEN for the places it runs between"));
			}
		}
	}

}
