package se.samverkanskartan.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import se.samverkanskartan.store.ServerVersion;

/**
 * Applies the Cypher migrations of the schema module ({@code V001__constraints.cypher}, …) once each, in
 * version order, and records them as {@code :Migration} nodes. Schema changes cannot share a transaction with
 * data, so every statement runs in its own.
 */
public class CypherMigrations {

	private static final Logger log = LoggerFactory.getLogger(CypherMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private final Driver driver;

	private final ResourcePatternResolver resolver;

	private final String location;

	public CypherMigrations(Driver driver, ResourcePatternResolver resolver, String location) {
		this.driver = driver;
		this.resolver = resolver;
		this.location = location.endsWith("/") ? location : location + "/";
	}

	public List<Migration> migrations() {
		try {
			return Arrays.stream(this.resolver.getResources(this.location + "V*.cypher"))
				.map(CypherMigrations::read)
				.sorted(Comparator.comparingInt(Migration::version))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the migrations in " + this.location, ex);
		}
	}

	/**
	 * Runs the work (applying the migrations, and whatever must follow them before requests are served) while no
	 * other instance on the same server runs its own ({@link StartupLock}).
	 */
	public void exclusively(Runnable work) {
		new StartupLock(this.driver).during(work);
	}

	/** Applies what has not been applied yet and returns how many migrations that was. */
	public int apply() {
		// An older server would fail on the first statement it does not know, mid-way; say so before touching it.
		ServerVersion.check(this.driver);
		int applied = 0;
		try (var session = this.driver.session()) {
			for (Migration migration : migrations()) {
				boolean done = session.executeRead(tx -> tx
					.run("MATCH (m:Migration {version: $version}) RETURN count(m) > 0 AS done",
							Map.of("version", migration.version()))
					.single()
					.get("done")
					.asBoolean());
				if (done) {
					continue;
				}
				for (String statement : migration.statements()) {
					session.executeWriteWithoutResult(tx -> tx.run(statement));
				}
				session.executeWriteWithoutResult(tx -> tx.run("""
						MERGE (m:Migration {version: $version})
						SET m.description = $description, m.appliedAt = datetime()""",
						Map.of("version", migration.version(), "description", migration.description())));
				log.info("Applied migration V{} {}", migration.version(), migration.description());
				applied++;
			}
			session.run("CALL db.awaitIndexes(120)").consume();
		}
		return applied;
	}

	private static Migration read(Resource resource) {
		String name = resource.getFilename();
		Matcher matcher = FILE_NAME.matcher(name == null ? "" : name);
		if (!matcher.matches()) {
			throw new IllegalStateException("Migration file " + name + " is not named V<version>__<description>.cypher");
		}
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '),
					statements(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read migration " + name, ex);
		}
	}

	/** Splits on semicolons that end a line; comment lines are dropped. */
	static List<String> statements(String text) {
		String withoutComments = text.lines()
			.filter(line -> !line.strip().startsWith("//"))
			.reduce("", (a, b) -> a + b + "\n");
		return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
			.map(String::strip)
			.filter(statement -> !statement.isEmpty())
			.toList();
	}

	/** One migration file. */
	public record Migration(int version, String description, List<String> statements) {
	}

}
