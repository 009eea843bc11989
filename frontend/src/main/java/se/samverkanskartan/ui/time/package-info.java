/** Time: the "as of" slider over the dates the data knows, and compare mode between two dates. */
package se.samverkanskartan.ui.time;
