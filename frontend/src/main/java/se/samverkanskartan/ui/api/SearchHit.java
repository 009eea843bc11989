package se.samverkanskartan.ui.api;

/** A search suggestion: the node, its relevance and the text that matched. */
public record SearchHit(NodeRef node, double score, String matched) {
}
