/** The state of one view of the map, and its form as URL query parameters (deep links). */
package se.samverkanskartan.ui.state;
