package se.samverkanskartan.live;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import se.samverkanskartan.audit.AuditEntry;

/**
 * Hands each change to every subscriber once its transaction has committed: a change that rolls back is never
 * announced. A subscriber too slow to keep up misses entries rather than holding up the others; it can catch up
 * from the audit trail.
 */
@Component
class ChangeBroadcaster {

	private final Sinks.Many<AuditEntry> changes = Sinks.many().multicast().directBestEffort();

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(AuditEntry entry) {
		this.changes.emitNext(entry, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
	}

	Flux<AuditEntry> changes() {
		return this.changes.asFlux();
	}

}
