/**
 * Live updates: every committed change, as its audit entry, to subscribers of {@code graphChanged} over graphql-ws,
 * so that other systems and open maps follow edits as they happen. The announcements come from the audit trail in
 * the database, not from this process's memory, so an edit made through one instance reaches the subscribers of all.
 */
@NullMarked
package se.samverkanskartan.live;

import org.jspecify.annotations.NullMarked;
