/**
 * The audit trail: every change to the graph as an {@code :AuditEntry} node (who, when, what, before and after),
 * written in the transaction of the change, and announced to listeners once that transaction commits.
 */
@NullMarked
package se.samverkanskartan.audit;

import org.jspecify.annotations.NullMarked;
