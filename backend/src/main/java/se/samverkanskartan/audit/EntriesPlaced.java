package se.samverkanskartan.audit;

/**
 * Published after a placing round of {@link AuditSequencer} has committed, whether it placed entries of this
 * process or none (another instance may have placed them a moment before): a follower of the trail looks now
 * instead of at its next poll.
 *
 * @param count how many entries the round placed
 */
public record EntriesPlaced(int count) {
}
