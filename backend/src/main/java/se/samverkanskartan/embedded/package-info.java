/** The Neo4j engine embedded in the process, used when no external server is configured. */
@NullMarked
package se.samverkanskartan.embedded;

import org.jspecify.annotations.NullMarked;
