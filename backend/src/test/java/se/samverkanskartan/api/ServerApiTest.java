package se.samverkanskartan.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.Neo4jImage;
import se.samverkanskartan.TestCredentials;

/**
 * The same API suite against a Neo4j server in a container, reached through {@code spring.neo4j.uri} exactly as a
 * deployment with an external server or cluster would. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "samverkanskartan.clock.today=" + GraphApplicationTest.TODAY,
				"samverkanskartan.security.api-keys[0].name=test-viewer",
				"samverkanskartan.security.api-keys[0].sha256=" + TestCredentials.VIEWER_KEY_SHA256,
				"samverkanskartan.security.api-keys[0].roles=VIEWER" })
class ServerApiTest extends ApiSuite {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer(Neo4jImage.SAME_AS_EMBEDDED).withAdminPassword("samverkan-test");

	@DynamicPropertySource
	static void neo4jServer(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "samverkan-test");
	}

}
