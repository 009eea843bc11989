package se.samverkanskartan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import se.samverkanskartan.Application;

/**
 * An external server older than the application supports is refused at start, in one line, before a migration
 * runs against it. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@ExtendWith(OutputCaptureExtension.class)
class OldServerTest {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:4.4").withAdminPassword("samverkan-test");

	@Test
	void aServerOlderThanTheLongTermSupportLineIsRefusedInOneLine(CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
			.run("--server.port=0", "--spring.neo4j.uri=" + neo4j.getBoltUrl(),
					"--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=samverkan-test")
			.close()).isNotNull();
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
			.containsPattern("The Neo4j server is version 4\\.4\\.\\d+ \\(community\\); Samverkanskartan needs 5\\.26 or newer")
			.contains("Upgrade the server, or point spring.neo4j.uri at one that is 5.26 or newer");
	}

}
