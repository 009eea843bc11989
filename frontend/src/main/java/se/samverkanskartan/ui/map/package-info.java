/** The map component: Cytoscape.js in a Vaadin component of our own, with its legend, layouts and exports. */
package se.samverkanskartan.ui.map;
