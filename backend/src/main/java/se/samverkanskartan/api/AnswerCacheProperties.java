package se.samverkanskartan.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code samverkanskartan.api.answer-cache}: answers to GraphQL queries kept until the graph changes
 * ({@link AnswerCache}).
 *
 * @param enabled whether answers are kept at all
 * @param maxSize the most the kept answers may take together; beyond it the least recently used go
 * @param maxAnswer the largest answer kept; a larger one is answered afresh each time
 * @param maxAge how long an answer is kept at most, also when no change is heard of
 */
@ConfigurationProperties("samverkanskartan.api.answer-cache")
public record AnswerCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
		@DefaultValue("4MB") DataSize maxAnswer, @DefaultValue("60s") Duration maxAge) {
}
