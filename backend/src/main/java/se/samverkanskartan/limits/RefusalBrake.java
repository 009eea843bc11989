package se.samverkanskartan.limits;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows a client that keeps sending requests the limits refuse: once it has had {@code after} refusals (HTTP 400 or
 * 413) within {@code window}, each of its GraphQL requests waits {@code delay} before it is looked at, until a window
 * passes with fewer. A client that sends refused queries back to back then sends one per delay instead of hundreds
 * per second, and the cores stay free for everyone else; a client that asks well is never slowed. The wait parks a
 * virtual thread, so a slowed client holds no platform thread.
 *
 * <p>
 * A client is its address together with the credentials it sends (hashed), so that users behind one address
 * (a hospital's proxy) are told apart unless they share a login.
 */
class RefusalBrake extends OncePerRequestFilter {

	private static final int MAX_CLIENTS = 10_000;

	private final ApiLimits.Brake settings;

	private final String path;

	private final LongSupplier clock;

	private final Pause pause;

	private final ConcurrentHashMap<String, Refusals> clients = new ConcurrentHashMap<>();

	RefusalBrake(ApiLimits.Brake settings, String path, LongSupplier clock, Pause pause) {
		this.settings = settings;
		this.path = path;
		this.clock = clock;
		this.pause = pause;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.settings.after() <= 0 || !request.getRequestURI().equals(this.path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = client(request);
		Refusals refusals = this.clients.get(client);
		if (refusals != null && refusals.count(this.clock.getAsLong(), this.settings.window()) >= this.settings.after()) {
			try {
				this.pause.pause(this.settings.delay());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		chain.doFilter(request, response);
		if (request.isAsyncStarted()) {
			request.getAsyncContext().addListener(new WhenComplete(() -> record(client, response.getStatus())));
		}
		else {
			record(client, response.getStatus());
		}
	}

	private void record(String client, int status) {
		if (status != HttpServletResponse.SC_BAD_REQUEST && status != 413) {
			return;
		}
		long now = this.clock.getAsLong();
		if (this.clients.size() >= MAX_CLIENTS) {
			this.clients.values().removeIf(r -> r.count(now, this.settings.window()) == 0);
		}
		if (this.clients.computeIfAbsent(client, key -> new Refusals()).add(now, this.settings.window()) == this.settings.after()) {
			logger.warn("Client %s was refused %d times within %d s; each of its requests now waits %d ms".formatted(
					client, this.settings.after(), this.settings.window().toSeconds(), this.settings.delay().toMillis()));
		}
	}

	private static String client(HttpServletRequest request) {
		String credentials = request.getHeader("Authorization") + "|" + request.getHeader("X-API-Key");
		return request.getRemoteAddr() + "/" + Integer.toHexString(credentials.hashCode());
	}

	/** Refusals of one client in the current window: a count that starts again when the window has passed. */
	private static final class Refusals {

		private long windowStart;

		private int count;

		synchronized int add(long now, Duration window) {
			count(now, window);
			return ++this.count;
		}

		synchronized int count(long now, Duration window) {
			if (now - this.windowStart > window.toNanos()) {
				this.windowStart = now;
				this.count = 0;
			}
			return this.count;
		}

	}

	/** Waits, on the request's (virtual) thread; a test records the waits instead. */
	@FunctionalInterface
	interface Pause {

		void pause(Duration delay) throws InterruptedException;

	}

	private record WhenComplete(Runnable action) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			this.action.run();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
		}

		@Override
		public void onError(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

	}

}
