package se.samverkanskartan.ui.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A main class of the test class path in a JVM of its own, its output in a log file. Its main is to end once its
 * standard input closes ({@link #untilInputCloses}), so that it never outlives the test JVM, however that one ends.
 */
final class SeparateJvm implements AutoCloseable {

	private final Process process;

	private final Path log;

	private SeparateJvm(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static SeparateJvm start(Class<?> main, String maxHeap, Path log, String... arguments) throws IOException {
		// The quick compiler only: a test's JVM lives a minute or two, and the optimising one would take from the
		// other JVMs the cores it needs to start.
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main.getName()));
		command.addAll(List.of(arguments));
		return new SeparateJvm(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(),
				log);
	}

	/** Waits until the log matches {@code ready} and answers the pattern's first group; fails if the JVM ends first. */
	String await(Pattern ready, Duration within) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(within);
		while (Instant.now().isBefore(deadline)) {
			Matcher matcher = ready.matcher(log());
			if (matcher.find()) {
				return matcher.group(1);
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The JVM of its own ended:\n" + log());
			}
			this.process.waitFor(100, TimeUnit.MILLISECONDS);
		}
		this.process.destroyForcibly().waitFor();
		throw new IllegalStateException("Not ready within " + within + ":\n" + log());
	}

	/** All it wrote so far; a character cut in half at the end, as it is being written, does not fail the read. */
	String log() throws IOException {
		return new String(Files.readAllBytes(this.log), StandardCharsets.UTF_8);
	}

	/** Closes its standard input, whereupon its main ends, and waits for it to end. */
	@Override
	public void close() throws IOException, InterruptedException {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	/** For the main class: returns once the test JVM closes the pipe or ends. */
	static void untilInputCloses() throws IOException {
		while (System.in.read() >= 0) {
			// Nothing is sent; only the end of the input counts.
		}
	}

}
