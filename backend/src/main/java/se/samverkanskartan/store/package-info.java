/**
 * The database the graph lives in, as the operator meets it: what must hold before the application may use it
 * (a supported Neo4j version, a writable data directory with room to write), and a start-up failure told in one
 * line with what to do about it.
 */
@NullMarked
package se.samverkanskartan.store;

import org.jspecify.annotations.NullMarked;
