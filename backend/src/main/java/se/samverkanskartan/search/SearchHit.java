package se.samverkanskartan.search;

import se.samverkanskartan.graph.GraphNode;

/** A node found by search, how well it matched and the text that matched. */
public record SearchHit(GraphNode node, double score, String matched) {
}
