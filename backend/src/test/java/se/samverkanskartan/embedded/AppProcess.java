package se.samverkanskartan.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application in a process of its own, as an operator runs it: started on a data directory the test chooses,
 * stopped with SIGTERM, started again; called over real HTTP as another system would. A process of its own, since
 * what a stop leaves on disk is only what it is when the process really ends.
 */
final class AppProcess {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern BOLT = Pattern.compile("Bolt at (bolt://localhost:\\d+)");

	private final Process process;

	private final Path log;

	private final String base;

	private final HttpClient http = HttpClient.newHttpClient();

	private AppProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.base = "http://localhost:" + port;
	}

	/** Starts the application with its engine in {@code directory} and waits until it has started. */
	static AppProcess start(Path directory, Path log, String... arguments) throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), "se.samverkanskartan.Application",
				"--server.port=" + port, "--samverkanskartan.neo4j.embedded.directory=" + directory));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		AppProcess app = new AppProcess(process, log, port);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (!app.output().contains("Started Application")) {
			if (!process.isAlive() || Instant.now().isAfter(deadline)) {
				process.destroyForcibly();
				throw new IllegalStateException("The application did not start:\n" + app.tail());
			}
			process.waitFor(200, TimeUnit.MILLISECONDS);
		}
		return app;
	}

	/** The engine's Bolt address, for a client that writes past the API. */
	URI bolt() {
		Matcher bolt = BOLT.matcher(output());
		if (!bolt.find()) {
			throw new IllegalStateException("No Bolt address in the log");
		}
		return URI.create(bolt.group(1));
	}

	/** Sends SIGTERM, as {@code docker stop} and systemd do, and waits for the process to end. */
	boolean terminate(Duration within) throws InterruptedException {
		this.process.destroy();
		boolean ended = this.process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
		if (!ended) {
			this.process.destroyForcibly().waitFor();
		}
		return ended;
	}

	String output() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String tail() {
		String output = output();
		return output.substring(Math.max(0, output.length() - 6000));
	}

	/** Posts a GraphQL document as a development user; the whole HTTP response. */
	HttpResponse<String> graphQl(String user, String document) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(this.base + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic(user))
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document)))));
	}

	HttpResponse<String> post(String user, String path, String contentType, String body) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", contentType)
			.header("Authorization", basic(user))
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-dev").getBytes(StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
