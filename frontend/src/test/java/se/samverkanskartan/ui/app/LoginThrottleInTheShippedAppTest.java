package se.samverkanskartan.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Guessing passwords over HTTP Basic stops after five failures in ten minutes (the defaults of application.yaml):
 * then even the right password gets a 429 with {@code Retry-After} and a JSON error, for that user and for every
 * user from that address. Each failure is logged with the user name and the address, never the password. Its own
 * application, closed after the class: the lock would otherwise stay for the tests that come after.
 */
@SpringBootTest(classes = se.samverkanskartan.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleInTheShippedAppTest {

	private static final String READ = "{ node(id: \"hospital-sus\") { name } }";

	private static final Path DATA = TemporaryData.directory("throttle-test");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("samverkanskartan.neo4j.embedded.directory", DATA::toString);
	}

	@Test
	void fiveWrongPasswordsLockTheUserAndTheAddressWithA429AndRetryAfter(CapturedOutput output) throws Exception {
		ApiCalls api = new ApiCalls(this.port);
		assertThat(api.graphQl(READ, ApiCalls.basic("viewer", "viewer-dev")).statusCode()).isEqualTo(200);
		for (int attempt = 1; attempt <= 5; attempt++) {
			HttpResponse<String> wrong = api.graphQl(READ, ApiCalls.basic("viewer", "gissning-" + attempt));
			assertThat(wrong.statusCode()).as("attempt " + attempt).isEqualTo(401);
		}

		for (String[] credentials : new String[][] { ApiCalls.basic("viewer", "viewer-dev"),
				ApiCalls.basic("editor", "editor-dev") }) {
			HttpResponse<String> locked = api.graphQl(READ, credentials);
			assertThat(locked.statusCode()).as(locked.body()).isEqualTo(429);
			assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(
					seconds -> assertThat(Long.parseLong(seconds)).isBetween(60L, 15 * 60L));
			JsonNode error = ApiCalls.json(locked).path("errors").path(0);
			assertThat(error.at("/extensions/classification").asString()).isEqualTo("TOO_MANY_REQUESTS");
			assertThat(error.path("message").asString()).contains("Too many failed logins").contains("minutes");
			assertThat(locked.body()).doesNotContain("Skånes universitetssjukhus");
		}
		assertThat(output.getAll()).containsPattern("Failed login for user 'viewer' from (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)")
			.contains("Logins locked for")
			.doesNotContain("gissning-");
	}

}
