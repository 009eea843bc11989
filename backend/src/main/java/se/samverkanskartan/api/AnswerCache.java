package se.samverkanskartan.api;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Answers to GraphQL queries, kept until the graph changes. Every committed write moves the generation on, and an
 * answer is served only in the generation it was computed in, so no one reads an answer older than their own last
 * write, nor older than a change announced from another instance. An answer is stored only if no write committed
 * while it was computed (it might have read the graph before that write). The least recently used answers go first
 * once the kept answers reach {@code maxBytes} together; none is kept longer than {@code maxAge}.
 */
final class AnswerCache {

	/** A kept answer: the body and content type, the generation and time it was computed in. */
	record Answer(byte[] body, String contentType, long generation, long bornNanos) {
	}

	private final AtomicLong generation = new AtomicLong();

	private final long maxBytes;

	private final long maxAnswerBytes;

	private final long maxAgeNanos;

	private final LongSupplier nanoTime;

	private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);

	private long bytes;

	AnswerCache(long maxBytes, long maxAnswerBytes, Duration maxAge, LongSupplier nanoTime) {
		this.maxBytes = maxBytes;
		this.maxAnswerBytes = maxAnswerBytes;
		this.maxAgeNanos = maxAge.toNanos();
		this.nanoTime = nanoTime;
	}

	/** The generation now: taken before an answer is computed, and given to {@link #put}. */
	long generation() {
		return this.generation.get();
	}

	/** The graph has changed: every answer kept so far is out of date. */
	void changed() {
		this.generation.incrementAndGet();
		synchronized (this) {
			this.answers.clear();
			this.bytes = 0;
		}
	}

	synchronized @Nullable Answer get(String key) {
		Answer answer = this.answers.get(key);
		if (answer == null) {
			return null;
		}
		if (answer.generation() != this.generation.get() || this.nanoTime.getAsLong() - answer.bornNanos() > this.maxAgeNanos) {
			remove(key);
			return null;
		}
		return answer;
	}

	/** Keeps an answer computed in {@code generation}, unless the graph has changed since or it is too large. */
	void put(String key, byte[] body, String contentType, long generation) {
		if (body.length > this.maxAnswerBytes) {
			return;
		}
		synchronized (this) {
			if (generation != this.generation.get()) {
				return;
			}
			remove(key);
			this.answers.put(key, new Answer(body, contentType, generation, this.nanoTime.getAsLong()));
			this.bytes += body.length;
			Iterator<Map.Entry<String, Answer>> eldest = this.answers.entrySet().iterator();
			while (this.bytes > this.maxBytes && eldest.hasNext()) {
				this.bytes -= eldest.next().getValue().body().length;
				eldest.remove();
			}
		}
	}

	synchronized int size() {
		return this.answers.size();
	}

	private void remove(String key) {
		Answer gone = this.answers.remove(key);
		if (gone != null) {
			this.bytes -= gone.body().length;
		}
	}

}
