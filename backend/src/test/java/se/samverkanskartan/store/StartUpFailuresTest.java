package se.samverkanskartan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

import se.samverkanskartan.Application;
import se.samverkanskartan.embedded.EmbeddedNeo4j;
import se.samverkanskartan.embedded.EmbeddedNeo4jProperties;
import se.samverkanskartan.embedded.SmallDisk;

/**
 * A start that cannot succeed says in one line what is wrong and in one line what to do, under Boot's "APPLICATION
 * FAILED TO START", without a stack trace in front of it: the operator reads the answer, not a chain of exceptions.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpFailuresTest {

	@TempDir
	Path temp;

	@Test
	void aDiskWithoutTheReserveFree(CapturedOutput output) {
		assertStartFails(output, "--samverkanskartan.neo4j.embedded.directory=" + this.temp.resolve("neo4j"),
				"--samverkanskartan.neo4j.embedded.min-free-space=1000000GB");
		assertThat(output.getOut()).containsPattern("The disk of the data directory .*neo4j has \\d+ MB free; the "
				+ "database needs at least 1024000000 MB free to run")
			.contains("Free space on that disk, or give the application another directory with "
					+ "--samverkanskartan.neo4j.embedded.directory=");
	}

	@Test
	void aStoreThatAnotherProcessHolds(CapturedOutput output) {
		Path data = this.temp.resolve("held");
		try (EmbeddedNeo4j holder = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(data, 0, "16m", Duration.ZERO,
				DataSize.ofMegabytes(1), Duration.ofSeconds(60)))) {
			assertStartFails(output, "--samverkanskartan.neo4j.embedded.directory=" + data);
		}
		assertThat(output.getOut()).contains("The data directory " + data.toAbsolutePath()
				+ " is in use by another running Samverkanskartan or Neo4j")
			.contains("Stop that process, or give this one its own directory");
	}

	@Test
	@EnabledIf("se.samverkanskartan.embedded.SmallDisk#canMount")
	void aReadOnlyDisk(CapturedOutput output) {
		try (SmallDisk disk = SmallDisk.mount(1, "ro")) {
			assertStartFails(output, "--samverkanskartan.neo4j.embedded.directory=" + disk.root().resolve("neo4j"));
			assertThat(output.getOut()).contains("The data directory " + disk.root().resolve("neo4j")
					+ " cannot be written (read-only disk or no permission)")
				.contains("Make it writable for the user that runs the application");
		}
	}

	@Test
	void anExternalServerThatIsNotThere(CapturedOutput output) throws IOException {
		String uri = "bolt://localhost:" + closedPort();
		assertStartFails(output, "--spring.neo4j.uri=" + uri);
		assertThat(output.getOut()).contains("The Neo4j server at " + uri + " cannot be reached")
			.contains("Start the server or correct spring.neo4j.uri; leave it unset to use the embedded engine");
	}

	private static void assertStartFails(CapturedOutput output, String... arguments) {
		int before = output.getOut().length();
		assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
			.run(concat("--server.port=0", arguments)).close()).isNotNull();
		String report = output.getOut().substring(before);
		assertThat(report).contains("APPLICATION FAILED TO START").contains("Description:").contains("Action:");
		assertThat(report.substring(0, report.indexOf("APPLICATION FAILED TO START")))
			.as("no stack trace before the report").doesNotContain("\tat ");
	}

	private static String[] concat(String first, String... rest) {
		String[] all = new String[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
