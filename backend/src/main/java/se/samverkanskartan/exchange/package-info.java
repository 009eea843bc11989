/**
 * Data out and in: the whole graph as JSON (backup and restore, a round trip without loss), GraphML for Gephi and
 * yEd, and CSV per kind.
 */
@NullMarked
package se.samverkanskartan.exchange;

import org.jspecify.annotations.NullMarked;
