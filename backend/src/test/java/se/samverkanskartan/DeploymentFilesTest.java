package se.samverkanskartan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The docker files describe the application that ships: the same Neo4j as the embedded engine and the tests, no
 * development users, no usage reports to Neo4j, a health check, and a build that sends no local build output into
 * the image. Read from the repository; the image itself is built where a Docker engine runs.
 */
class DeploymentFilesTest {

	private static final Path ROOT = Path.of("..");

	@Test
	void composeRunsTheNeo4jOfTheEmbeddedEngineWithoutTheDevelopmentUsers() throws IOException {
		String compose = Files.readString(ROOT.resolve("docker/compose.yaml"));
		assertThat(compose).contains("image: " + Neo4jImage.SAME_AS_EMBEDDED + "\n")
			.contains("SAMVERKANSKARTAN_SECURITY_DEV_USERS: \"false\"")
			.contains("NEO4J_dbms_usage__report_enabled: \"false\"");
	}

	/**
	 * The replicas' file runs the same Neo4j, and two replicas that both use it, without the development users, each
	 * behind the proxy that keeps a browser on one of them (the UI's session) and passes WebSockets on.
	 */
	@Test
	void theReplicasShareTheNeo4jOfTheEmbeddedEngineBehindAStickyProxy() throws IOException {
		String compose = Files.readString(ROOT.resolve("docker/compose.replicas.yaml"));
		assertThat(compose).contains("image: " + Neo4jImage.SAME_AS_EMBEDDED + "\n")
			.contains("SAMVERKANSKARTAN_SECURITY_DEV_USERS: \"false\"")
			.contains("SPRING_NEO4J_URI: bolt://neo4j:7687")
			.contains("NEO4J_dbms_usage__report_enabled: \"false\"")
			.contains("SERVER_FORWARD_HEADERS_STRATEGY: native")
			.containsPattern("(?m)^  app-1: \\*app$")
			.containsPattern("(?m)^  app-2: \\*app$")
			.contains("./nginx.conf:/etc/nginx/nginx.conf");
		// The settings come from the one anchor both replicas use, so neither can differ from the other.
		assertThat(compose.split("SPRING_NEO4J_URI", -1)).hasSize(2);
		String nginx = Files.readString(ROOT.resolve("docker/nginx.conf"));
		assertThat(nginx).contains("ip_hash;").contains("server app-1:8080").contains("server app-2:8080")
			.contains("proxy_set_header Upgrade $http_upgrade;").contains("proxy_set_header Host $http_host;")
			.contains("X-Forwarded-For");
	}

	@Test
	void theImageBuildsWithNode24FromTheRegistryAndChecksItsHealth() throws IOException {
		String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
		assertThat(dockerfile).contains("frontend/scripts/ensure-node.sh").contains("HEALTHCHECK")
			.contains("/actuator/health/readiness");
		List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore"));
		assertThat(ignored).contains("**/target/", "**/node_modules/", ".git/");
	}

}
