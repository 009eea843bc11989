/** Agreements between organisations, present or stated missing. */
@NullMarked
package se.samverkanskartan.agreement;

import org.jspecify.annotations.NullMarked;
