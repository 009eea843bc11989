package se.samverkanskartan.source;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.migration.CypherMigrations;

/**
 * Brings the graph up to date before the web server accepts requests: migrations first, then the data files.
 * A broken data file stops the start with its problems listed; the graph stays as it was.
 */
public class GraphInitializer implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final CypherMigrations migrations;

	private final SeedReader reader;

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final List<BeforeSeedLoad> beforeLoad;

	public GraphInitializer(CypherMigrations migrations, SeedReader reader, Neo4jClient client,
			TransactionTemplate transactions) {
		this(migrations, reader, client, transactions, List.of());
	}

	public GraphInitializer(CypherMigrations migrations, SeedReader reader, Neo4jClient client,
			TransactionTemplate transactions, List<BeforeSeedLoad> beforeLoad) {
		this.migrations = migrations;
		this.reader = reader;
		this.client = client;
		this.transactions = transactions;
		this.beforeLoad = List.copyOf(beforeLoad);
	}

	/** One instance at a time when several start on one server ({@link CypherMigrations#exclusively}). */
	@Override
	public void afterSingletonsInstantiated() {
		this.migrations.exclusively(() -> {
			this.migrations.apply();
			this.beforeLoad.forEach(BeforeSeedLoad::run);
			load();
		});
	}

	/** Loads the data files unless the graph already holds exactly these files; returns whether it wrote. */
	public boolean load() {
		long started = System.nanoTime();
		Seed.Catalogue catalogue = this.reader.read();
		String loaded = this.client.query("MATCH (s:SeedState {id: 'seed'}) RETURN s.checksum")
			.fetchAs(String.class)
			.one()
			.orElse("");
		if (loaded.equals(catalogue.checksum())) {
			log.info("Data files unchanged since the last load ({} nodes, {} relations)", catalogue.nodes().size(),
					catalogue.relations().size());
			return false;
		}
		this.transactions.executeWithoutResult(status -> new SeedWriter(this.client).write(catalogue));
		log.info("Loaded {} nodes and {} relations from the data files in {} ms", catalogue.nodes().size(),
				catalogue.relations().size(), (System.nanoTime() - started) / 1_000_000);
		return true;
	}

}
