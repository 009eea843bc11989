package se.samverkanskartan.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkanskartan.embedded.EmbeddedNeo4j;

/**
 * The health endpoint of the shipped application, as Docker and a load balancer use it: without credentials,
 * UP or DOWN and nothing more, and readiness DOWN once the database is gone, while the process stays alive.
 */
@SpringBootTest(classes = se.samverkanskartan.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// The last test stops the database: the context must not be used by anyone after this class.
@DirtiesContext
class HealthInTheShippedAppTest {

	private static final Path DATA = TemporaryData.directory("health-test");

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedNeo4j engine;

	private ApiCalls api;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("samverkanskartan.neo4j.embedded.directory", DATA::toString);
	}

	@BeforeEach
	void connect() {
		this.api = new ApiCalls(this.port);
	}

	@Test
	@Order(1)
	void healthAndItsProbesAnswerUpWithoutCredentialsAndWithoutDetails() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> health = this.api.get(path);
			assertThat(health.statusCode()).as(path).isEqualTo(200);
			assertThat(ApiCalls.json(health).path("status").asString()).as(path).isEqualTo("UP");
			assertThat(health.body()).as(path).doesNotContain("components").doesNotContain("neo4j");
		}
	}

	@Test
	@Order(2)
	void nothingElseOfTheActuatorIsOpen() throws Exception {
		assertThat(this.api.get("/actuator/env").statusCode()).isIn(401, 404);
		assertThat(this.api.get("/actuator/beans").statusCode()).isIn(401, 404);
	}

	@Test
	@Order(3)
	void readinessGoesDownWhenTheDatabaseIsGoneWhileTheProcessStaysAlive() throws Exception {
		this.engine.close();

		HttpResponse<String> readiness = this.api.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(ApiCalls.json(readiness).path("status").asString()).isEqualTo("DOWN");
		assertThat(this.api.get("/actuator/health").statusCode()).isEqualTo(503);
		assertThat(this.api.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
	}

}
