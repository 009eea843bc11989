/**
 * Changing the graph through the API: create, update and delete every kind of node and relationship, attach
 * evidence, and undo. Each change runs in one transaction with its audit entry, is checked by the rules the data
 * loader uses, and is refused when it is based on a stale version. An edited fact is no longer a seed fact, so a
 * later change to the data files leaves it as edited.
 */
@NullMarked
package se.samverkanskartan.editing;

import org.jspecify.annotations.NullMarked;
