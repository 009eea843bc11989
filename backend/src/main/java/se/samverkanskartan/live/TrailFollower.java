package se.samverkanskartan.live;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.audit.AuditReader;
import se.samverkanskartan.audit.EntriesPlaced;
import se.samverkanskartan.graph.NodeKind;

/**
 * Announces the changes of the audit trail to this instance's subscribers, whichever instance made them: one thread
 * reads the entries placed after the last one it announced, in the trail's order, which has no gaps and never
 * places a number after a larger one, so nothing committed is missed and nothing rolled back is ever announced. It
 * looks as soon as a placing round of this instance has committed (local changes come as fast as they are placed)
 * and otherwise every {@link LiveProperties#pollInterval()}, one query on the index of {@code seq}; with nobody
 * subscribed it reads nothing, and the next subscriber gets the changes from then on, not those made meanwhile. A
 * subscriber too slow to keep up misses entries rather than holding up the others; it can catch up from the trail.
 */
@Component
class TrailFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TrailFollower.class);

	/** Entries read at once; a longer backlog is read on at once. */
	static final int BATCH = 500;

	private static final String LAST = "OPTIONAL MATCH (s:AuditSequence {id: 'audit'}) RETURN coalesce(s.value, 0)";

	private final Sinks.Many<Announcement> changes = Sinks.many().multicast().directBestEffort();

	private final AuditReader reader;

	private final ScopeRecorder scopes;

	private final Neo4jClient client;

	private final Duration interval;

	private final AtomicInteger subscribers = new AtomicInteger();

	/** Subscriptions whose filters need what {@link ScopeRecorder} kept of each change. */
	private final AtomicInteger filtering = new AtomicInteger();

	private final Semaphore wake = new Semaphore(0);

	private volatile boolean running;

	private volatile @Nullable Thread thread;

	TrailFollower(AuditReader reader, ScopeRecorder scopes, Neo4jClient client, LiveProperties properties) {
		this.reader = reader;
		this.scopes = scopes;
		this.client = client;
		this.interval = properties.pollInterval();
	}

	/** Every change from now on (from when the follower, woken by the first subscriber, has read where the trail is). */
	Flux<Announcement> changes(Set<NodeKind> kinds, Set<String> regions) {
		boolean filters = !kinds.isEmpty() || !regions.isEmpty();
		return this.changes.asFlux().doOnSubscribe(subscription -> {
			this.subscribers.incrementAndGet();
			if (filters) {
				this.filtering.incrementAndGet();
			}
			wake();
		}).doFinally(signal -> {
			this.subscribers.decrementAndGet();
			if (filters) {
				this.filtering.decrementAndGet();
			}
		});
	}

	@EventListener
	void placed(EntriesPlaced placed) {
		if (this.subscribers.get() > 0) {
			wake();
		}
	}

	private void wake() {
		if (this.wake.availablePermits() == 0) {
			this.wake.release();
		}
	}

	private void run() {
		long last = -1;
		Duration backOff = this.interval;
		while (this.running) {
			try {
				if (this.subscribers.get() == 0) {
					// Nobody listens: forget the place, so that the next subscriber is not handed what happened meanwhile.
					last = -1;
					this.wake.acquire();
					this.wake.drainPermits();
					continue;
				}
				if (last < 0) {
					last = this.client.query(LAST).fetchAs(Long.class).one().orElse(0L);
				}
				last = announceAfter(last);
				backOff = this.interval;
				this.wake.tryAcquire(this.interval.toMillis(), TimeUnit.MILLISECONDS);
				this.wake.drainPermits();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// The place is kept: the next round announces from there, so an unreachable database delays, not loses.
				log.warn("graphChanged: could not read the audit trail, trying again in {}: {}", backOff, ex.toString());
				if (!pause(backOff)) {
					return;
				}
				backOff = backOff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10)
						: backOff.multipliedBy(2);
			}
		}
	}

	/** Announces every entry placed after {@code last} and returns the place of the last one announced. */
	private long announceAfter(long last) {
		List<AuditEntry> placed;
		do {
			placed = this.reader.placedAfter(last, BATCH);
			if (placed.isEmpty()) {
				return last;
			}
			List<Announcement> announcements = this.filtering.get() > 0 ? this.scopes.scoped(placed)
					: placed.stream().map(entry -> new Announcement(entry, null, null)).toList();
			announcements.forEach(announcement -> this.changes.emitNext(announcement,
					Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100))));
			Long seq = placed.getLast().seq();
			last = seq == null ? last : seq;
		}
		while (placed.size() == BATCH);
		return last;
	}

	private static boolean pause(Duration time) {
		try {
			Thread.sleep(time);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = Thread.ofPlatform().name("graph-changed").daemon().start(this::run);
	}

	@Override
	public void stop() {
		this.running = false;
		this.wake.release();
		Thread follower = this.thread;
		try {
			if (follower != null) {
				follower.join(Duration.ofSeconds(5));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
