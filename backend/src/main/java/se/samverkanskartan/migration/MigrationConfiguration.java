package se.samverkanskartan.migration;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

	@Bean
	CypherMigrations cypherMigrations(Driver driver, ResourcePatternResolver resolver,
			@Value("${samverkanskartan.data.migrations}") String location) {
		return new CypherMigrations(driver, resolver, location);
	}

}
