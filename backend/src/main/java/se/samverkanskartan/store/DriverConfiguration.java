package se.samverkanskartan.store;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the application's driver talks to Neo4j, embedded or external alike. */
@Configuration(proxyBeanMethods = false)
class DriverConfiguration {

	/**
	 * Neo4j reports every optional property a query names that no node carries yet ({@code internal},
	 * {@code validTo}, …) as an UNRECOGNIZED notification, on nearly every read. They say nothing wrong, and building,
	 * sending and formatting them cost a tenth of a read's time; warnings (performance, deprecation) still come.
	 */
	@Bean
	ConfigBuilderCustomizer withoutUnrecognizedNotifications() {
		return builder -> builder.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
