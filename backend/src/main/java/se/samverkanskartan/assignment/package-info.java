/** Assignments (delprojekt, färdplansuppdrag, uppdrag), their reported statuses and what they target. */
@NullMarked
package se.samverkanskartan.assignment;

import org.jspecify.annotations.NullMarked;
