package se.samverkanskartan.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import se.samverkanskartan.limits.CachedBodyRequest;

/**
 * Refuses GraphQL requests that are not well-formed ({@link WellFormedRequest}) with 400 and a GraphQL error body
 * that says what is wrong, before security: bad syntax is refused alike with or without credentials, and the
 * request never reaches a handler that would answer through the container's error page. Whatever else the endpoint
 * refuses with an HTTP error is answered the same way ({@link GraphQlErrorResponse}).
 */
class WellFormedRequestFilter extends OncePerRequestFilter {

	private final String path;

	WellFormedRequestFilter(String path) {
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// graphql-ws opens its WebSocket with a GET on the same path, without a query.
		return !request.getRequestURI().equals(request.getContextPath() + this.path)
				|| "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		GraphQlErrorResponse answer = new GraphQlErrorResponse(request, response);
		HttpServletRequest checked = request;
		try {
			// A body without a content type is checked too, so that an empty POST says so.
			if ("POST".equals(request.getMethod())
					&& (request.getContentType() == null || WellFormedRequest.isJson(request.getContentType()))) {
				// The size filter has bounded the body already.
				byte[] body = request.getInputStream().readAllBytes();
				WellFormedRequest.checkBody(body);
				checked = new CachedBodyRequest(request, body);
			}
			else if ("GET".equals(request.getMethod())) {
				WellFormedRequest.checkParameters(request::getParameter);
			}
		}
		catch (WellFormedRequest.Malformed ex) {
			GraphQlErrorBody.write(request, response, HttpServletResponse.SC_BAD_REQUEST, ex.getMessage());
			return;
		}
		chain.doFilter(checked, answer);
		if (!checked.isAsyncStarted()) {
			answer.completeBodilessError();
		}
	}

}
