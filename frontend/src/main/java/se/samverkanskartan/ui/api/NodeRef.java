package se.samverkanskartan.ui.api;

/** A node named by another answer: its id, kind and Swedish name. */
public record NodeRef(String id, String kind, String name) {
}
