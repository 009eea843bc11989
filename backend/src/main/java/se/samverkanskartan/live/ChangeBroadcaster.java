package se.samverkanskartan.live;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.graph.NodeKind;

/**
 * Hands each change to every subscriber once its transaction has committed: a change that rolls back is never
 * announced. A subscriber too slow to keep up misses entries rather than holding up the others; it can catch up
 * from the audit trail.
 * <p>
 * What the kind and region filters need (the kinds of a relationship's ends, the regions of a fact) is found in the
 * change's own transaction, just before it commits: once per change whatever the number of subscribers, only while
 * some subscriber filters so, and from the graph exactly as the change leaves it, which the next change cannot have
 * moved on yet.
 */
@Component
class ChangeBroadcaster {

	private static final Logger log = LoggerFactory.getLogger(ChangeBroadcaster.class);

	private final Sinks.Many<Announcement> changes = Sinks.many().multicast().directBestEffort();

	private final ChangeScope scope;

	/** Subscriptions whose kind filter needs the kinds of a relationship's ends. */
	private final AtomicInteger byKind = new AtomicInteger();

	private final AtomicInteger byRegion = new AtomicInteger();

	/** What the filters need of each change between its lookup and its commit (or rollback), by entry id. */
	private final Map<String, Announcement> committing = new ConcurrentHashMap<>();

	ChangeBroadcaster(ChangeScope scope) {
		this.scope = scope;
	}

	/** A failed lookup must not fail the change: its announcement then reaches no subscriber that filters so. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void committing(AuditEntry entry) {
		boolean kinds = this.byKind.get() > 0 && entry.kind() == null;
		boolean regions = this.byRegion.get() > 0;
		if (!kinds && !regions) {
			return;
		}
		try {
			this.committing.put(entry.id(), new Announcement(entry, kinds ? this.scope.endKinds(entry) : null,
					regions ? this.scope.regions(entry) : null));
		}
		catch (RuntimeException ex) {
			log.warn("graphChanged: {} of '{}' could not be placed for the kind and region filters: {}", entry.id(),
					entry.entityId(), ex.toString());
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(AuditEntry entry) {
		@Nullable Announcement scoped = this.committing.remove(entry.id());
		this.changes.emitNext(scoped != null ? scoped : new Announcement(entry, null, null),
				Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
	void rolledBack(AuditEntry entry) {
		this.committing.remove(entry.id());
	}

	/** Every change from now on; counted while subscribed among those that filter by kind or region. */
	Flux<Announcement> changes(Set<NodeKind> kinds, Set<String> regions) {
		return this.changes.asFlux()
			.doOnSubscribe(subscription -> count(kinds, regions, 1))
			.doFinally(signal -> count(kinds, regions, -1));
	}

	private void count(Set<NodeKind> kinds, Set<String> regions, int delta) {
		if (!kinds.isEmpty()) {
			this.byKind.addAndGet(delta);
		}
		if (!regions.isEmpty()) {
			this.byRegion.addAndGet(delta);
		}
	}

}
