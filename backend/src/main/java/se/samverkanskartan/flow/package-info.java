/** Flows of patients, operations and staff between hospitals, regions and providers. */
@NullMarked
package se.samverkanskartan.flow;

import org.jspecify.annotations.NullMarked;
