package se.samverkanskartan.limits;

import java.util.Map;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The GraphQL HTTP handler, with one change: a request stopped by a limit gets a 4xx status whatever media type
 * the client accepts, so that a client that only looks at the status still learns that it asked too much.
 */
class LimitedGraphQlHttpHandler extends GraphQlHttpHandler {

	LimitedGraphQlHttpHandler(WebGraphQlHandler handler) {
		super(handler);
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
		for (ResponseError error : response.getErrors()) {
			Map<String, Object> extensions = error.getExtensions();
			if (extensions.get("limit") instanceof String limit) {
				return LimitExceeded.status(limit);
			}
		}
		return super.selectResponseStatus(response, responseMediaType);
	}

}
