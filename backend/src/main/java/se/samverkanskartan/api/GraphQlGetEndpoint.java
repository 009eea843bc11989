package se.samverkanskartan.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
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
 * {@code extensions} (JSON objects) and {@code operationName} in the URL; a persisted query may give its hash in
 * {@code extensions} instead of the query ({@link PersistedQueries}). The request is handed to the same handler as
 * a POST, so both answer alike; mutations are refused with 405, since GET must not change anything. The answers
 * carry an ETag ({@link EntityTags}).
 */
class GraphQlGetEndpoint {

	private final GraphQlHttpHandler handler;

	private final JsonMapper json;

	private final PersistedQueries persisted;

	GraphQlGetEndpoint(GraphQlHttpHandler handler, JsonMapper json, PersistedQueries persisted) {
		this.handler = handler;
		this.json = json;
		this.persisted = persisted;
	}

	ServerResponse handle(ServerRequest request) throws Exception {
		try {
			// Checked by the filter already; checked again so that this endpoint never runs a malformed request.
			WellFormedRequest.checkParameters(name -> request.param(name).orElse(null));
		}
		catch (WellFormedRequest.Malformed ex) {
			return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		request.param("operationName").filter(name -> !name.isBlank()).ifPresent(name -> body.put("operationName", name));
		for (String name : new String[] { "variables", "extensions" }) {
			request.param(name).filter(v -> !v.isBlank())
				.ifPresent(json -> body.put(name, this.json.readValue(json, Map.class)));
		}
		String query = request.param("query").filter(q -> !q.isBlank()).orElse(null);
		if (query == null) {
			// A persisted query by its hash alone (the filter let nothing else through). Its text is looked up here, so
			// that what runs is the document checked below; one stored after this look-up could be a mutation.
			Optional<String> stored = this.persisted.text(hash(body));
			if (stored.isEmpty()) {
				return notFound(request);
			}
			query = stored.get();
		}
		body.put("query", query);
		if (isMutation(query, (String) body.get("operationName"))) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, "POST")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("errors", List.of(Map.of("message", "Mutations and subscriptions need POST, not GET"))));
		}
		ServerRequest asPost = ServerRequest.from(request)
			.method(HttpMethod.POST)
			.headers(headers -> headers.setContentType(MediaType.APPLICATION_JSON))
			.body(this.json.writeValueAsString(body))
			.build();
		return this.handler.handleRequest(asPost);
	}

	@SuppressWarnings("unchecked")
	private static String hash(Map<String, Object> body) {
		Map<String, Object> extensions = (Map<String, Object>) body.get("extensions");
		return (String) ((Map<String, Object>) extensions.get("persistedQuery")).get("sha256Hash");
	}

	/** Whether the operation to run changes data; a query that does not parse is left to the handler to report. */
	private static boolean isMutation(String query, @Nullable String operationName) {
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

	/**
	 * {@code PersistedQueryNotFound} as the handler answers a response without data: in the first type of Accept that
	 * it knows ({@code application/json} otherwise), with 400 for {@code application/graphql-response+json}.
	 */
	private static ServerResponse notFound(ServerRequest request) {
		MediaType graphQlResponse = MediaType.parseMediaType(GraphQlErrorBody.GRAPHQL_RESPONSE);
		MediaType type = request.headers().accept().stream()
			.filter(accepted -> accepted.equals(graphQlResponse) || accepted.equals(MediaType.APPLICATION_JSON))
			.findFirst()
			.orElse(MediaType.APPLICATION_JSON);
		return ServerResponse.status(type.equals(graphQlResponse) ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.contentType(type)
			.body(Map.of("errors", List.of(PersistedQueries.notFound().toSpecification())));
	}

	private static ServerResponse problem(HttpStatus status, String message) {
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors", List.of(Map.of("message", message))));
	}

}
