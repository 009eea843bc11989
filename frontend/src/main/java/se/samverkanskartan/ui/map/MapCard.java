package se.samverkanskartan.ui.map;

/**
 * A hover card, in the UI's language: what it is, since when it holds, its agreement status or gap, and the first
 * quote with where it stands ("Dokumentnamn, rad 85").
 */
public record MapCard(String title, String kind, String validity, String status, String quote, String source) {
}
