package se.samverkanskartan.ui.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkanskartan.Application;

/**
 * The shipped application (UI, API, security and limits: {@link Application} on the frontend's class path) in a JVM
 * of its own, which shares no memory with the test's: whatever reaches it from another instance came through the
 * database. Its main is the application's, wrapped only to tell its port and to stop with the test JVM.
 */
final class ShippedInstanceProcess implements AutoCloseable {

	private static final String READY = "SHIPPED INSTANCE READY ON PORT ";

	private static final Pattern PORT = Pattern.compile(Pattern.quote(READY) + "(\\d+)");

	private final SeparateJvm jvm;

	private int port;

	private ShippedInstanceProcess(SeparateJvm jvm) {
		this.jvm = jvm;
	}

	/** Starts it with the application's arguments; {@link #awaitReady} waits for it to take requests. */
	static ShippedInstanceProcess start(Path log, String... arguments) throws IOException {
		return new ShippedInstanceProcess(SeparateJvm.start(ShippedInstanceProcess.class, "768m", log, arguments));
	}

	void awaitReady() throws IOException, InterruptedException {
		this.port = Integer.parseInt(this.jvm.await(PORT, Duration.ofMinutes(3)));
	}

	int port() {
		return this.port;
	}

	/** What it logged so far. */
	String log() throws IOException {
		return this.jvm.log();
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.jvm.close();
	}

	public static void main(String[] arguments) throws IOException {
		ConfigurableApplicationContext application = SpringApplication.run(Application.class, arguments);
		System.out.println(READY + application.getEnvironment().getRequiredProperty("local.server.port"));
		System.out.flush();
		SeparateJvm.untilInputCloses();
		System.exit(SpringApplication.exit(application));
	}

}
