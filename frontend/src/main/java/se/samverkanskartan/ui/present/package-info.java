/**
 * For meetings: saved views kept in the browser, stepped through like slides with the arrow keys in presentation
 * mode (full screen, large labels, high contrast, no chrome), each stamped with the date of its data.
 */
package se.samverkanskartan.ui.present;
