/** Time: validity periods, the dates the data knows, and what changed between two dates. */
@NullMarked
package se.samverkanskartan.timeline;

import org.jspecify.annotations.NullMarked;
