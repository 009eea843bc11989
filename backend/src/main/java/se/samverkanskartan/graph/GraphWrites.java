package se.samverkanskartan.graph;

/**
 * The event "a transaction that changed the graph has committed", published by the embedded engine after every
 * such commit (an external server tells no one; there the application's own commits and the audit trail say it).
 * One instance serves as the event: it carries nothing but the fact.
 */
public final class GraphWrites {
}
