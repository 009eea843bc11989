package se.samverkanskartan.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

import se.samverkanskartan.audit.Actor;
import se.samverkanskartan.limits.CachedBodyRequest;

/**
 * Answers a GraphQL query from {@link AnswerCache} when the same caller asked the same query on the same day in the
 * same language since the graph last changed, and keeps each query's answer that came without errors
 * ({@link QueryAnswers} says which). The answer depends on who asks (internal facts, their decks), on the day
 * ({@code asOf} defaults to today) and on the language of the messages, so all of these are part of the key.
 * Mutations, subscriptions and answers with errors are never kept. Inside security, so that the caller is known
 * and every request is authenticated and authorised as without the cache.
 */
final class CachedAnswers extends OncePerRequestFilter {

	/** Request attribute: an answer being computed, {@link Pending}. */
	static final String PENDING = CachedAnswers.class.getName() + ".pending";

	/** An answer being computed: its key, the cache's generation when it began, and whether it may be kept. */
	static final class Pending {

		private final String key;

		private final long generation;

		private volatile boolean keep;

		Pending(String key, long generation) {
			this.key = key;
			this.generation = generation;
		}

		/** Said by {@link QueryAnswers} of a query answered without errors. */
		void keep() {
			this.keep = true;
		}

	}

	private final AnswerCache cache;

	private final String path;

	private final Clock clock;

	CachedAnswers(AnswerCache cache, String path, Clock clock) {
		this.cache = cache;
		this.path = path;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "POST".equals(method))
				|| !request.getRequestURI().equals(request.getContextPath() + this.path)
				|| "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
	}

	/** Spring for GraphQL may write its answer in an async dispatch; that is when it is kept. */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isAsyncDispatch(request)) {
			chain.doFilter(request, response);
			keep(request, WebUtils.getNativeResponse(response, TeeResponse.class));
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		String key = key(request, body);
		AnswerCache.Answer kept = this.cache.get(key);
		if (kept != null) {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(kept.contentType());
			response.setContentLength(kept.body().length);
			response.getOutputStream().write(kept.body());
			return;
		}
		request.setAttribute(PENDING, new Pending(key, this.cache.generation()));
		TeeResponse tee = new TeeResponse(response);
		chain.doFilter(new CachedBodyRequest(request, body), tee);
		if (!isAsyncStarted(request)) {
			keep(request, tee);
		}
	}

	private void keep(HttpServletRequest request, @Nullable TeeResponse tee) throws IOException {
		if (tee == null || !(request.getAttribute(PENDING) instanceof Pending pending) || !pending.keep
				|| tee.getStatus() != HttpServletResponse.SC_OK
				|| tee.getContentType() == null) {
			return;
		}
		tee.flushBuffer();
		this.cache.put(pending.key, tee.copy(), tee.getContentType(), pending.generation);
	}

	private String key(HttpServletRequest request, byte[] body) {
		StringBuilder key = new StringBuilder(256).append(request.getMethod()).append(' ').append(request.getQueryString())
			.append('\n').append(caller()).append('\n').append(LocalDate.now(this.clock)).append('\n')
			.append(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).append('\n').append(request.getHeader(HttpHeaders.ACCEPT))
			.append('\n');
		byte[] head = key.toString().getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + body.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(body, 0, all, head.length, body.length);
		return PersistedQueries.sha256(all);
	}

	/** Who asks, as far as an answer can depend on it: the name their changes and decks go under, and the roles. */
	private static String caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String roles = authentication == null ? "" : authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority).sorted().collect(Collectors.joining(","));
		return Actor.current() + ':' + roles;
	}

}
