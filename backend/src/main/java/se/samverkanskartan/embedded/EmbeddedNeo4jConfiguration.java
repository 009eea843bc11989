package se.samverkanskartan.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import se.samverkanskartan.graph.GraphWrites;

/**
 * Starts Neo4j inside the process unless {@code spring.neo4j.uri} names an external server. Boot's own
 * driver configuration then connects to it, so nothing else in the application knows the difference.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalNeo4jNotConfigured.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.start(properties);
	}

	/** Bounds transactions once start-up (data files, migrations, a restore) is over. */
	@Bean
	ApplicationListener<ApplicationReadyEvent> embeddedNeo4jTransactionTimeout(EmbeddedNeo4j neo4j,
			EmbeddedNeo4jProperties properties) {
		return event -> {
			if (properties.transactionTimeout().isPositive()) {
				neo4j.limitTransactions(properties.transactionTimeout());
			}
		};
	}

	/** Tells the application of every committed write to the graph, also those that bypass its transactions. */
	@Bean
	GraphWrites graphWrites(EmbeddedNeo4j neo4j, ApplicationEventPublisher events) {
		GraphWrites writes = new GraphWrites();
		neo4j.afterEveryWrite(() -> events.publishEvent(writes));
		return writes;
	}

	/** Keeps writes away from a disk down to its reserve; the engine must never meet a full disk mid-transaction. */
	@Bean
	WriteReserve writeReserve(EmbeddedNeo4j neo4j) {
		return new WriteReserve(neo4j);
	}

	/** The store's disk in the health endpoint: DOWN once it is down to the reserve, when writes are refused. */
	@Bean
	DiskSpaceHealthIndicator diskSpaceHealthIndicator(EmbeddedNeo4jProperties properties) {
		return new DiskSpaceHealthIndicator(properties.directory().toAbsolutePath().toFile(), properties.minFreeSpace());
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return neo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

}
