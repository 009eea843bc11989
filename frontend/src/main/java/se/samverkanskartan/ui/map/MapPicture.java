package se.samverkanskartan.ui.map;

import java.util.Map;
import java.util.Set;

import se.samverkanskartan.ui.api.MapNetwork;

/**
 * Everything the map draws at once.
 *
 * @param network the nodes and edges
 * @param layout how to place them when no positions are given
 * @param grouped whether hospitals are drawn inside their regions (compound nodes)
 * @param positions saved node positions (from a saved view); empty to run the layout
 * @param marks per element id, {@code added}, {@code removed} or {@code changed} (compare mode)
 * @param focus the node to focus, or null
 * @param unsourced the ids of nodes and edges entered without evidence, marked as such
 * @param fold whether process nodes are folded into counts on the node they belong to (the API's {@code foldsInto}):
 *        the overview; off when the user chose kinds to see, or the neighbourhood of a node
 */
public record MapPicture(MapNetwork network, MapLayout layout, boolean grouped, Map<String, Position> positions,
		Map<String, String> marks, String focus, Set<String> unsourced, boolean fold) {

	public MapPicture {
		positions = positions == null ? Map.of() : Map.copyOf(positions);
		marks = marks == null ? Map.of() : Map.copyOf(marks);
		unsourced = unsourced == null ? Set.of() : Set.copyOf(unsourced);
	}

	/** A node's place on the map's canvas. */
	public record Position(double x, double y) {
	}
}
