/**
 * The shared kernel of the cooperation graph: node kinds, relationship types, provenance and validity, and
 * the reads every feature uses (nodes by id, their relationships, their evidence).
 */
@NullMarked
package se.samverkanskartan.graph;

import org.jspecify.annotations.NullMarked;
