/**
 * Live updates: every committed change, as its audit entry, to subscribers of {@code graphChanged} over graphql-ws,
 * so that other systems and open maps follow edits as they happen.
 */
@NullMarked
package se.samverkanskartan.live;

import org.jspecify.annotations.NullMarked;
