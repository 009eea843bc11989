/** Pieces of UI that several features show, such as the evidence behind a fact. */
package se.samverkanskartan.ui.common;
