/**
 * For meetings: decks of saved views kept by the API (per user, and published by editors for everyone to present),
 * stepped through like slides with the arrow keys in presentation mode (full screen, large labels, high contrast,
 * no chrome), each with its caption and stamped with the date of its data, frozen as saved unless live.
 */
package se.samverkanskartan.ui.present;
