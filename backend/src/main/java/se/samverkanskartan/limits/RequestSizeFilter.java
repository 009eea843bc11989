package se.samverkanskartan.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL requests larger than the limit before anything reads them: a body over the limit (by its
 * declared length, or by reading no further than the limit when none is declared) and query strings over it.
 */
class RequestSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final String path;

	RequestSizeFilter(long maxBytes, String path) {
		this.maxBytes = maxBytes;
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().equals(this.path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		String query = request.getQueryString();
		long size = Math.max(declared, query == null ? 0 : query.length());
		if (size > this.maxBytes) {
			refuse(response, size);
			return;
		}
		if (declared < 0 && "POST".equals(request.getMethod())) {
			// No length declared (chunked): read up to the limit, and refuse if there is more.
			byte[] body = request.getInputStream().readNBytes((int) this.maxBytes + 1);
			if (body.length > this.maxBytes) {
				refuse(response, body.length);
				return;
			}
			chain.doFilter(new CachedBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response, long size) throws IOException {
		response.setStatus(LimitExceeded.status("maxRequestSize").value());
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String body = "{\"errors\":[{\"message\":\"The request exceeds the limit 'maxRequestSize': %s bytes or more, at most %d bytes is allowed\",\"extensions\":{\"classification\":\"LIMIT_EXCEEDED\",\"limit\":\"maxRequestSize\"}}]}"
			.formatted(size, this.maxBytes);
		response.getWriter().write(body);
	}

}
