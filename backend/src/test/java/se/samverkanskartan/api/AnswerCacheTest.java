package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The kept answers: never one from before the graph last changed, never one computed while it changed, the least
 * recently used going first once they take all the room, none older than its maximum age.
 */
class AnswerCacheTest {

	private final AtomicLong now = new AtomicLong();

	private final AnswerCache cache = new AnswerCache(10, 6, Duration.ofSeconds(60), this.now::get);

	@Test
	void aKeptAnswerIsGoneOnceTheGraphChanges() {
		this.cache.put("a", bytes("SUS"), "application/json", this.cache.generation());
		assertThat(this.cache.get("a")).extracting(AnswerCache.Answer::body).isEqualTo(bytes("SUS"));

		this.cache.changed();

		assertThat(this.cache.get("a")).isNull();
	}

	@Test
	void anAnswerComputedWhileTheGraphChangedIsNotKept() {
		long before = this.cache.generation();
		this.cache.changed();
		this.cache.put("a", bytes("old"), "application/json", before);
		assertThat(this.cache.get("a")).isNull();
	}

	@Test
	void theLeastRecentlyUsedGoFirstWhenTheAnswersFillTheRoom() {
		long generation = this.cache.generation();
		this.cache.put("a", bytes("1234"), "application/json", generation);
		this.cache.put("b", bytes("1234"), "application/json", generation);
		this.cache.get("a");
		this.cache.put("c", bytes("1234"), "application/json", generation);

		assertThat(this.cache.get("b")).as("least recently used").isNull();
		assertThat(this.cache.get("a")).isNotNull();
		assertThat(this.cache.get("c")).isNotNull();
	}

	@Test
	void anAnswerLargerThanTheLargestKeptIsAnsweredAfreshEachTime() {
		this.cache.put("a", bytes("1234567"), "application/json", this.cache.generation());
		assertThat(this.cache.get("a")).isNull();
	}

	@Test
	void noAnswerIsKeptLongerThanItsMaximumAge() {
		this.cache.put("a", bytes("SUS"), "application/json", this.cache.generation());
		this.now.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(this.cache.get("a")).isNotNull();
		this.now.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(this.cache.get("a")).isNull();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
