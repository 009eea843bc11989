package se.samverkanskartan.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A response of the GraphQL endpoint that answers {@code sendError} itself, as a GraphQL error body, instead of
 * leaving it to the container's error page: that page is the UI's, behind the UI's login, and a GraphQL client
 * would get its refusal or an empty body instead of the reason. An error status set without any body, as Spring
 * Boot's GraphQL routes answer 405 and 415, gets one too ({@link #completeBodilessError}).
 */
final class GraphQlErrorResponse extends HttpServletResponseWrapper {

	private final HttpServletRequest request;

	GraphQlErrorResponse(HttpServletRequest request, HttpServletResponse response) {
		super(response);
		this.request = request;
	}

	@Override
	public void sendError(int status) throws IOException {
		sendError(status, null);
	}

	@Override
	public void sendError(int status, @Nullable String message) throws IOException {
		if (isCommitted()) {
			super.sendError(status, message);
			return;
		}
		resetBuffer();
		GraphQlErrorBody.write(this.request, (HttpServletResponse) getResponse(), status, explain(status, message));
	}

	/** Gives an error answered with a status alone a body that says why; call once the handler has returned. */
	void completeBodilessError() throws IOException {
		int status = getStatus();
		if (status >= 400 && !isCommitted() && getContentType() == null) {
			resetBuffer();
			GraphQlErrorBody.write(this.request, (HttpServletResponse) getResponse(), status, explain(status, null));
		}
	}

	private String notAcceptable() {
		return "Cannot answer in any media type of Accept '" + this.request.getHeader(HttpHeaders.ACCEPT) + "': accept "
				+ GraphQlErrorBody.GRAPHQL_RESPONSE + " or application/json";
	}

	private String explain(int status, @Nullable String message) {
		return switch (status) {
			case 405 -> "The method " + this.request.getMethod() + " is not supported: POST a request, or GET a query";
			case 406 -> notAcceptable();
			// Spring Boot answers 415 for an Accept it cannot answer too, when the body is JSON.
			case 415 -> this.request.getContentType() != null && WellFormedRequest.isJson(this.request.getContentType())
					? notAcceptable()
					: (this.request.getContentType() == null ? "A request body without a content type"
							: "The content type '" + this.request.getContentType() + "'")
							+ " is not supported: POST a JSON body with Content-Type application/json";
			default -> {
				HttpStatus known = HttpStatus.resolve(status);
				String reason = known == null ? "HTTP " + status : known.getReasonPhrase();
				yield message == null || message.isBlank() ? reason : reason + ": " + message;
			}
		};
	}

}
