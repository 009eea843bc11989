package se.samverkanskartan.ui.explore;

/** A choice in a filter: the id the API knows and the text a person reads. */
record Option(String id, String label) {
}
