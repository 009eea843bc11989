/** The gap view: stated and derived missing agreements, listed apart beside the map, counted per region, as CSV. */
package se.samverkanskartan.ui.gap;
