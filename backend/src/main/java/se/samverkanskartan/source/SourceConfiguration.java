package se.samverkanskartan.source;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.migration.CypherMigrations;

@Configuration(proxyBeanMethods = false)
class SourceConfiguration {

	@Bean
	SeedReader seedReader(ResourcePatternResolver resolver, @Value("${samverkanskartan.data.location}") String data,
			@Value("${samverkanskartan.data.sources}") String sources) {
		return new SeedReader(resolver, data, sources);
	}

	@Bean
	GraphInitializer graphInitializer(CypherMigrations migrations, SeedReader reader, Neo4jClient client,
			PlatformTransactionManager transactionManager, List<BeforeSeedLoad> beforeLoad) {
		return new GraphInitializer(migrations, reader, client, new TransactionTemplate(transactionManager), beforeLoad);
	}

}
