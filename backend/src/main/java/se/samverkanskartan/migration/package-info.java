/** Cypher migrations: the constraints and indexes the graph relies on, applied once each at start-up. */
@NullMarked
package se.samverkanskartan.migration;

import org.jspecify.annotations.NullMarked;
