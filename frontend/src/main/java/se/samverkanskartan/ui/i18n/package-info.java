/** Swedish by default, English selectable: every text of the UI comes from {@link se.samverkanskartan.ui.i18n.Translations}. */
package se.samverkanskartan.ui.i18n;
