/** The gap analysis: cooperation across organisational borders without a binding agreement, stated or derived. */
@NullMarked
package se.samverkanskartan.gap;

import org.jspecify.annotations.NullMarked;
