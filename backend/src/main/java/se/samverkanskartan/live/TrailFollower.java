package se.samverkanskartan.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.audit.AuditReader;

/**
 * Hands every change to the subscribers by following the audit trail in the database, not this process's own
 * events: with several application instances on one Neo4j, a change made through any of them reaches the
 * subscribers of all. It reads the entries placed after the last one it handed on ({@link AuditReader#placedAfter}),
 * so only committed changes are announced, each once, in the trail's order. A change made here wakes it at once;
 * others are found within {@link LiveProperties#poll}. A subscriber too slow to keep up misses entries rather than
 * holding up the others; it can catch up from the audit trail.
 */
@Component
class TrailFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TrailFollower.class);

	private final Sinks.Many<AuditEntry> changes = Sinks.many().multicast().directBestEffort();

	private final AuditReader trail;

	private final LiveProperties properties;

	private final Semaphore wake = new Semaphore(0);

	private volatile boolean running;

	private volatile @Nullable Thread thread;

	TrailFollower(AuditReader trail, LiveProperties properties) {
		this.trail = trail;
		this.properties = properties;
	}

	/** A change committed here: its entry is placed moments later, so look soon rather than at the next poll. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(AuditEntry entry) {
		if (this.wake.availablePermits() == 0) {
			this.wake.release();
		}
	}

	Flux<AuditEntry> changes() {
		return this.changes.asFlux();
	}

	private void follow() {
		// Where the trail ends when following begins; read in this thread so that a database not reachable yet
		// delays the live updates rather than the start.
		long last = -1;
		boolean failing = false;
		while (this.running) {
			try {
				if (last < 0) {
					last = this.trail.lastPlaced();
				}
				this.wake.tryAcquire(this.properties.poll().toMillis(), TimeUnit.MILLISECONDS);
				List<AuditEntry> placed;
				do {
					placed = this.trail.placedAfter(last, this.properties.batch());
					for (AuditEntry entry : placed) {
						this.changes.emitNext(entry, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
						last = entry.seq();
					}
				}
				while (placed.size() == this.properties.batch());
				failing = false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// The trail keeps the entries: the next poll hands them on. One line per outage, not one per poll.
				if (!failing) {
					log.warn("Live updates could not read the audit trail, trying again: {}", ex.toString());
				}
				failing = true;
				try {
					Thread.sleep(this.properties.poll().toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = Thread.ofPlatform().name("live-updates").daemon().start(this::follow);
	}

	@Override
	public void stop() {
		this.running = false;
		this.wake.release();
		Thread following = this.thread;
		try {
			if (following != null) {
				following.join(Duration.ofSeconds(5));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.changes.tryEmitComplete();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Started before the web server and stopped after it, with the audit trail's sequencer. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 8192;
	}

}
