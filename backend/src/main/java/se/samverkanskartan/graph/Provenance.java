package se.samverkanskartan.graph;

/** Where a fact comes from: a source says it, it follows from sources, or it is a public fact. */
public enum Provenance {

	STATED, INFERRED, EXTERNAL

}
