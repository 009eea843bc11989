/**
 * Exploring the map: search, filters, the table in step with the map, and the side panel with a node's
 * properties, relations and evidence; {@link se.samverkanskartan.ui.explore.SceneLoader} loads what a view shows.
 */
package se.samverkanskartan.ui.explore;
