package se.samverkanskartan.ui.explore;

import java.util.List;
import java.util.function.UnaryOperator;

import se.samverkanskartan.ui.api.MapNetwork;
import se.samverkanskartan.ui.common.SpreadsheetCsv;
import se.samverkanskartan.ui.common.StatusWords;

/**
 * The table below the map as two spreadsheets, nodes and relations, with the columns and words the table shows
 * (kinds, relations, statuses and provenance translated; the change marks of compare mode) and each row's id.
 */
public final class TableCsv {

	private TableCsv() {
	}

	/** {@code words} translates a key of the UI's translations; the change column shows compare mode's marks. */
	public static String nodes(Scene scene, UnaryOperator<String> words) {
		MapNetwork network = scene.network();
		List<String> header = List.of("table.name", "table.kind", "table.parent", "table.agreementStatus",
				"table.provenance", "table.change", "table.evidence", "table.id").stream().map(words).toList();
		List<List<String>> rows = network.nodes().stream().map(n -> List.of(n.label(), words.apply("kind." + n.kind()),
				label(network, n.parent()), StatusWords.of(n, words),
				n.provenance() == null ? "" : words.apply("provenance." + n.provenance()), mark(scene, n.id(), words),
				scene.unsourced().contains(n.id()) ? words.apply("unsourced") : "", n.id()))
			.toList();
		return SpreadsheetCsv.of(header, rows);
	}

	public static String relations(Scene scene, UnaryOperator<String> words) {
		MapNetwork network = scene.network();
		List<String> header = List.of("table.source", "table.relation", "table.target", "table.gap", "table.change",
				"table.evidence", "table.id").stream().map(words).toList();
		List<List<String>> rows = network.edges().stream().map(e -> List.of(label(network, e.source()),
				words.apply("relation." + e.type()), label(network, e.target()),
				e.gap() == null ? "" : words.apply("gap.kind." + e.gap()), mark(scene, e.id(), words),
				scene.unsourced().contains(e.id()) ? words.apply("unsourced") : "", e.id()))
			.toList();
		return SpreadsheetCsv.of(header, rows);
	}

	private static String mark(Scene scene, String id, UnaryOperator<String> words) {
		String mark = scene.marks().get(id);
		return mark == null ? "" : words.apply("legend." + mark);
	}

	private static String label(MapNetwork network, String id) {
		if (id == null) {
			return "";
		}
		MapNetwork.Node node = network.node(id);
		return node == null ? id : node.label();
	}
}
