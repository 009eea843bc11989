/** Full-text search over names, aliases, descriptions and the Swedish quotes of the evidence. */
@NullMarked
package se.samverkanskartan.search;

import org.jspecify.annotations.NullMarked;
