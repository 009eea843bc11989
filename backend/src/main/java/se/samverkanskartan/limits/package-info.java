/** Limits on what one request may ask: depth, complexity, size and time, each named when reached. */
@NullMarked
package se.samverkanskartan.limits;

import org.jspecify.annotations.NullMarked;
