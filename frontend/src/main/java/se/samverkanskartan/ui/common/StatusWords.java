package se.samverkanskartan.ui.common;

import java.text.MessageFormat;
import java.util.function.UnaryOperator;

import se.samverkanskartan.ui.api.MapNetwork;

/**
 * How a node's status reads in the table and its spreadsheet: an agreement's own status, an assignment's latest
 * reported state or forecast ("Inte genomfört enligt prognos för 2025-12-31", never as a fact), or how a missing
 * agreement is known.
 */
public final class StatusWords {

	private StatusWords() {
	}

	/** {@code words} translates a key of the UI's translations. */
	public static String of(MapNetwork.Node node, UnaryOperator<String> words) {
		if (node.agreementStatus() != null) {
			return words.apply("status." + node.agreementStatus());
		}
		if (node.status() != null) {
			String state = words.apply("assignmentStatus." + node.status().status());
			return node.status().forecast()
					? MessageFormat.format(words.apply("table.statusForecast"), state, node.status().date()) : state;
		}
		return node.gap() == null ? "" : words.apply("gap.filter." + node.gap());
	}

}
