package se.samverkanskartan.exchange;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.gap.GapAnalysis;
import se.samverkanskartan.source.BeforeSeedLoad;

/** Export and import of the whole graph: over HTTP while running, and as backup and restore commands. */
@Configuration(proxyBeanMethods = false)
class ExchangeConfiguration {

	@Bean
	GraphExporter graphExporter(Neo4jClient client) {
		return new GraphExporter(client);
	}

	@Bean
	GraphImporter graphImporter(Neo4jClient client, PlatformTransactionManager transactions) {
		return new GraphImporter(client, new TransactionTemplate(transactions));
	}

	@Bean
	GraphMlWriter graphMlWriter(Neo4jClient client, GapAnalysis gaps) {
		return new GraphMlWriter(client, gaps);
	}

	@Bean
	CsvWriter csvWriter(Neo4jClient client) {
		return new CsvWriter(client);
	}

	@Bean
	ImportableCsvWriter importableCsvWriter(Neo4jClient client) {
		return new ImportableCsvWriter(client);
	}

	@Bean
	BackupFiles backupFiles(JsonMapper json) {
		return new BackupFiles(json);
	}

	/** {@code --samverkanskartan.restore=backup.json}: fills an empty graph from a backup before anything else. */
	@Bean
	@ConditionalOnProperty("samverkanskartan.restore")
	BeforeSeedLoad restoreOnStart(@Value("${samverkanskartan.restore}") Path file, BackupFiles files,
			GraphImporter importer) {
		return () -> importer.restore(files.read(file));
	}

	/** {@code --samverkanskartan.backup=backup.json}: writes a backup once started, then stops. */
	@Bean
	@ConditionalOnProperty("samverkanskartan.backup")
	BackupCommand backupCommand(@Value("${samverkanskartan.backup}") Path file, BackupFiles files,
			GraphExporter exporter) {
		return new BackupCommand(file, files, exporter);
	}

}
