package se.samverkanskartan.editing;

import java.util.Map;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;

/**
 * Whether an import row would change a stored fact, worked out by the editors' own rules ({@link FactInput}) on a
 * copy: a row that changes nothing is reported unchanged and not written, so that an export imported back neither
 * bumps versions nor fills the audit trail, and facts from the data files stay theirs.
 */
final class ImportChanges {

	private ImportChanges() {
	}

	/** Whether the input changes the node; one with problems does, so that the editor refuses it naming them. */
	static boolean node(TextLimits limits, NodeKind kind, Map<String, Object> input, Map<String, Object> current) {
		FactInput check = new FactInput(limits);
		Map<String, Object> fact = check.node(input, current);
		check.properties(input, fact, kind.properties());
		return check.hasProblems() || !fact.equals(current);
	}

	/** Whether the input changes the relationship's properties, by the same rule. */
	static boolean relation(TextLimits limits, RelationType type, Map<String, Object> input, Map<String, Object> current) {
		FactInput check = new FactInput(limits);
		Map<String, Object> properties = check.relation(input, current);
		check.properties(input, properties, type.properties());
		return check.hasProblems() || !properties.equals(current);
	}

}
