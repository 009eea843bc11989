package se.samverkanskartan.api;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import reactor.core.Disposable;
import reactor.core.Disposables;

import se.samverkanskartan.graph.GraphWrites;
import se.samverkanskartan.live.TrailChanges;

/** Answers to repeated queries from memory until the graph changes ({@link AnswerCache}); on unless turned off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "samverkanskartan.api.answer-cache.enabled", matchIfMissing = true)
class AnswerCacheConfiguration {

	@Bean
	AnswerCache answerCache(AnswerCacheProperties properties) {
		return new AnswerCache(properties.maxSize().toBytes(), properties.maxAnswer().toBytes(), properties.maxAge(),
				System::nanoTime);
	}

	@Bean
	QueryAnswers queryAnswers() {
		return new QueryAnswers();
	}

	@Bean
	FilterRegistrationBean<CachedAnswers> cachedAnswers(AnswerCache cache, Clock clock,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<CachedAnswers> registration = new FilterRegistrationBean<>(new CachedAnswers(cache, path, clock));
		// Inside security: the caller is known, and authenticated and authorised as without the cache.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/** Every committed write transaction, whatever wrote it (an edit, an import, a deck, the audit trail's order). */
	@Bean
	TransactionExecutionListener answersOutOfDateOnCommit(AnswerCache cache) {
		return new TransactionExecutionListener() {
			@Override
			public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
				if (!transaction.isReadOnly()) {
					cache.changed();
				}
			}
		};
	}

	/** Any commit the embedded engine makes, also one through the driver alone, outside Spring's transactions. */
	@Bean
	AnswersOutOfDate answersOutOfDate(AnswerCache cache) {
		return new AnswersOutOfDate(cache);
	}

	/**
	 * A change made by another instance on the same Neo4j server, as its place in the audit trail is read here: the
	 * same moment its {@code graphChanged} announcement reaches this instance's subscribers, so a client that asks
	 * again on hearing of a change gets the new answer. Not with the embedded engine, which no other instance can
	 * reach and which tells of every commit itself: the trail is then not polled for the cache's sake.
	 */
	@Bean(destroyMethod = "dispose")
	Disposable answersOutOfDateByOtherInstances(AnswerCache cache, TrailChanges changes,
			ObjectProvider<GraphWrites> embedded) {
		if (embedded.getIfAvailable() != null) {
			return Disposables.disposed();
		}
		return changes.all().subscribe(entry -> cache.changed());
	}

	static final class AnswersOutOfDate {

		private final AnswerCache cache;

		AnswersOutOfDate(AnswerCache cache) {
			this.cache = cache;
		}

		@EventListener
		void written(GraphWrites writes) {
			this.cache.changed();
		}

	}

}
