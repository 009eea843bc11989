/**
 * The vocabulary: the kinds, their properties, the relationship rules and the closed sets of values, as the backend
 * defines them once ({@link se.samverkanskartan.graph.NodeKind}, {@link se.samverkanskartan.graph.RelationType}
 * and the schema's enums), served to clients so that none keeps a copy.
 */
@NullMarked
package se.samverkanskartan.vocabulary;

import org.jspecify.annotations.NullMarked;
