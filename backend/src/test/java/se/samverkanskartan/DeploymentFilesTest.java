package se.samverkanskartan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The docker files describe the application that ships: the same Neo4j as the embedded engine and the tests, no
 * development users, a health check, and a build that sends no local build output into the image. Read from the
 * repository; the image itself is built where a Docker engine runs.
 */
class DeploymentFilesTest {

	private static final Path ROOT = Path.of("..");

	@Test
	void composeRunsTheNeo4jOfTheEmbeddedEngineWithoutTheDevelopmentUsers() throws IOException {
		String compose = Files.readString(ROOT.resolve("docker/compose.yaml"));
		assertThat(compose).contains("image: " + Neo4jImage.SAME_AS_EMBEDDED + "\n")
			.contains("SAMVERKANSKARTAN_SECURITY_DEV_USERS: \"false\"");
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
