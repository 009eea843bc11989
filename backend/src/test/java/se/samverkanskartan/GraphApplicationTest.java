package se.samverkanskartan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with the embedded engine in a fresh directory, loaded from the data
 * files, with the development users, two API keys and bearer JWTs signed by the test key ({@link TestCredentials}).
 * Today is 2026-06-01, by the application's clock, whatever day the tests run. Every test class that uses it shares
 * one application context. Requests may run 30 s instead of the shipped 10 s: on a build machine busy with other
 * builds a first, cold request can take longer, and the time limit itself is tested on its own ({@code CutShortTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "samverkanskartan.neo4j.embedded.directory=target/test-neo4j/${random.uuid}",
				"samverkanskartan.clock.today=" + GraphApplicationTest.TODAY,
				"samverkanskartan.api.limits.timeout=30s",
				"samverkanskartan.security.api-keys[0].name=test-viewer",
				"samverkanskartan.security.api-keys[0].sha256=" + TestCredentials.VIEWER_KEY_SHA256,
				"samverkanskartan.security.api-keys[0].roles=VIEWER",
				"samverkanskartan.security.api-keys[1].name=test-editor",
				"samverkanskartan.security.api-keys[1].sha256=" + TestCredentials.EDITOR_KEY_SHA256,
				"samverkanskartan.security.api-keys[1].roles=EDITOR",
				"spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestCredentials.JWT_PUBLIC_KEY })
@Import(QueryCounter.class)
public @interface GraphApplicationTest {

	/** The day the tests run on, as far as the application can tell. */
	String TODAY = "2026-06-01";

}
