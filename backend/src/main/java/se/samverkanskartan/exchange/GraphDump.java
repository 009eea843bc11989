package se.samverkanskartan.exchange;

import java.util.List;
import java.util.Map;

/**
 * The whole graph as data: every node with its labels and properties, every relationship with its type, ends (by
 * business id) and properties. What a backup holds, and what a restore writes back.
 */
public record GraphDump(int format, List<DumpedNode> nodes, List<DumpedRelationship> relationships) {

	/** The version of this layout, so that a future reader knows what it reads. */
	public static final int FORMAT = 1;

	/** A node; its {@code id} property is its business id. */
	public record DumpedNode(List<String> labels, Map<String, Object> properties) {
	}

	/** A relationship between two nodes named by their business ids. */
	public record DumpedRelationship(String type, String start, String end, Map<String, Object> properties) {
	}

}
