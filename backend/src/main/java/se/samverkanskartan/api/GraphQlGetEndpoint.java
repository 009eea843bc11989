package se.samverkanskartan.api;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP with GET, as the specification allows for queries: {@code query}, {@code variables} and
 * {@code extensions} (JSON objects) and {@code operationName} in the URL. The request is handed to the same handler as a POST, so both answer
 * alike; mutations are refused with 405, since GET must not change anything.
 */
class GraphQlGetEndpoint {

	private final GraphQlHttpHandler handler;

	private final JsonMapper json;

	GraphQlGetEndpoint(GraphQlHttpHandler handler, JsonMapper json) {
		this.handler = handler;
		this.json = json;
	}

	ServerResponse handle(ServerRequest request) throws Exception {
		try {
			// Checked by the filter already; checked again so that this endpoint never runs a malformed request.
			WellFormedRequest.checkParameters(name -> request.param(name).orElse(null));
		}
		catch (WellFormedRequest.Malformed ex) {
			return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		String query = request.param("query").orElseThrow();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		request.param("operationName").filter(name -> !name.isBlank()).ifPresent(name -> body.put("operationName", name));
		for (String name : new String[] { "variables", "extensions" }) {
			request.param(name).filter(v -> !v.isBlank())
				.ifPresent(json -> body.put(name, this.json.readValue(json, Map.class)));
		}
		if (isMutation(query, (String) body.get("operationName"))) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, "POST")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("errors", java.util.List.of(Map.of("message", "Mutations and subscriptions need POST, not GET"))));
		}
		ServerRequest asPost = ServerRequest.from(request)
			.method(HttpMethod.POST)
			.headers(headers -> headers.setContentType(MediaType.APPLICATION_JSON))
			.body(this.json.writeValueAsString(body))
			.build();
		return this.handler.handleRequest(asPost);
	}

	/** Whether the operation to run changes data; a query that does not parse is left to the handler to report. */
	private static boolean isMutation(String query, String operationName) {
		try {
			Document document = Parser.parse(query);
			return document.getDefinitionsOfType(OperationDefinition.class).stream()
				.filter(op -> operationName == null || operationName.equals(op.getName()))
				.anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
	}

	private static ServerResponse problem(HttpStatus status, String message) {
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors", java.util.List.of(Map.of("message", message))));
	}

}
