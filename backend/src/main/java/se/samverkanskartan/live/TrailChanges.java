package se.samverkanskartan.live;

import java.util.Set;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import se.samverkanskartan.audit.AuditEntry;

/**
 * Every change of the audit trail, whichever instance made it, for parts of this instance that keep something of
 * the graph and must forget it when the graph changes (the API's kept answers).
 */
@Component
public class TrailChanges {

	private final TrailFollower follower;

	TrailChanges(TrailFollower follower) {
		this.follower = follower;
	}

	/** The changes from now on; while subscribed, the follower reads the trail. */
	public Flux<AuditEntry> all() {
		return this.follower.changes(Set.of(), Set.of()).map(Announcement::entry);
	}

}
