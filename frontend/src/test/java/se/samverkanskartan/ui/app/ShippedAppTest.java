package se.samverkanskartan.ui.app;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test of the shipped application (declared by the subclass with its own {@code @SpringBootTest} arguments) on a
 * data directory of its own, called over real HTTP through {@link #api} as another system would.
 */
abstract class ShippedAppTest {

	@LocalServerPort
	int port;

	ApiCalls api;

	/** Called once per application context: every subclass's application gets a fresh store. */
	@DynamicPropertySource
	static void ownDataDirectory(DynamicPropertyRegistry registry) {
		Path data = TemporaryData.directory("shipped-app");
		registry.add("samverkanskartan.neo4j.embedded.directory", data::toString);
	}

	@BeforeEach
	void client() {
		this.api = new ApiCalls(this.port);
	}

}
