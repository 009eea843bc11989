/**
 * Where facts come from: the reviewed data files and the source documents they quote, loaded into the graph at
 * start-up, and the claims and documents the API shows as evidence.
 */
@NullMarked
package se.samverkanskartan.source;

import org.jspecify.annotations.NullMarked;
