package se.samverkanskartan.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Neo4j versions the application accepts; the embedded engine's own version passes in every other test. */
class ServerVersionTest {

	@ParameterizedTest
	@CsvSource({ "2026.08.1, true", "2025.01.0, true", "5.26.0, true", "5.26.12, true", "5.27.0, true",
			"5.25.1, false", "5.9.0, false", "4.4.30, false", "3.5.35, false", "2025.10.1-aura, true" })
	void acceptsTheLongTermSupportLineAndNewer(String version, boolean supported) {
		assertThat(ServerVersion.isSupported(version)).as(version).isEqualTo(supported);
	}

}
