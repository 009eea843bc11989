package se.samverkanskartan.graph;

/** How precisely a date is known. */
public enum Precision {

	DAY, MONTH, YEAR

}
