package se.samverkanskartan.store;

import java.util.Arrays;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The Neo4j version the application needs: its Cypher uses scoped subqueries ({@code CALL (n) { … }}, 5.23) and
 * {@code COLLECT} subqueries, so the oldest supported release is the 5.26 long-term support line; calendar versions
 * (2025.01 onwards) are newer.
 */
public final class ServerVersion {

	/** The oldest version the application runs on. */
	public static final String MINIMUM = "5.26";

	private ServerVersion() {
	}

	/** Refuses a server older than {@link #MINIMUM}, before any migration touches it. */
	public static void check(Driver driver) {
		// Fails at once for a server that is not there, where a query would retry for half a minute first.
		driver.verifyConnectivity();
		Record kernel;
		try {
			kernel = driver.executableQuery("""
					CALL dbms.components() YIELD name, versions, edition
					WHERE name = 'Neo4j Kernel'
					RETURN versions[0] AS version, edition""").execute().records().getFirst();
		}
		catch (Neo4jException | java.util.NoSuchElementException ex) {
			throw new StoreProblem("The Neo4j server does not say which version it is (dbms.components): " + ex.getMessage(),
					"Connect spring.neo4j.uri to a Neo4j server " + MINIMUM + " or newer", ex);
		}
		String version = kernel.get("version").asString();
		if (!isSupported(version)) {
			throw new StoreProblem("The Neo4j server is version " + version + " (" + kernel.get("edition").asString()
					+ "); Samverkanskartan needs " + MINIMUM + " or newer",
					"Upgrade the server, or point spring.neo4j.uri at one that is " + MINIMUM + " or newer", null);
		}
	}

	/** Compares numerically, part by part: "2026.08.1" and "5.26.3" are supported, "5.9.0" and "4.4.30" are not. */
	static boolean isSupported(String version) {
		int[] have = parts(version);
		int[] need = parts(MINIMUM);
		return Arrays.compare(Arrays.copyOf(have, Math.max(have.length, need.length)),
				Arrays.copyOf(need, Math.max(have.length, need.length))) >= 0;
	}

	private static int[] parts(String version) {
		return Arrays.stream(version.split("[.-]"))
			.takeWhile(part -> part.chars().allMatch(Character::isDigit) && !part.isEmpty())
			.mapToInt(Integer::parseInt)
			.toArray();
	}

}
