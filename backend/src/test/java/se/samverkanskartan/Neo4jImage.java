package se.samverkanskartan;

import org.neo4j.kernel.internal.Version;

/** The Neo4j server image that tests and the compose file use: the version of the embedded engine, so all three agree. */
public final class Neo4jImage {

	public static final String SAME_AS_EMBEDDED = "neo4j:" + Version.getNeo4jVersion();

	private Neo4jImage() {
	}

}
