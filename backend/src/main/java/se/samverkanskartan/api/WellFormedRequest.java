package se.samverkanskartan.api;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What GraphQL over HTTP requires of a request before it is run: a JSON object (one, not a batch) with a non-empty
 * string {@code query}, and, when given, a string {@code operationName} and JSON objects {@code variables} and
 * {@code extensions}; for GET the same in the URL. A request that is not well-formed is refused with a message
 * that names what is wrong.
 */
final class WellFormedRequest {

	/** Why a request is not well-formed, in words for the client. */
	static final class Malformed extends Exception {

		Malformed(String message) {
			super(message, null, false, false);
		}

	}

	private static final String EXAMPLE = "{\"query\": \"{ documents { id } }\"}";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private WellFormedRequest() {
	}

	/** Checks the body of a POST. */
	static void checkBody(byte[] body) throws Malformed {
		if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
			throw new Malformed("The request body is empty: POST a JSON object such as " + EXAMPLE);
		}
		JsonNode request;
		try {
			request = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			// Jackson's message ends with where it was reading, which says nothing to the client.
			String reason = ex.getOriginalMessage().replaceAll("(?s)\\s*\\(start marker at .*", "").strip();
			throw new Malformed("The request body is not valid JSON: " + reason);
		}
		if (request.isArray()) {
			throw new Malformed("Batched requests (a JSON array) are not supported: POST one request, a JSON object such as "
					+ EXAMPLE);
		}
		if (!request.isObject()) {
			throw new Malformed("The request body must be a JSON object such as " + EXAMPLE + ", was " + kind(request));
		}
		JsonNode query = request.get("query");
		if (query == null || query.isNull()) {
			throw new Malformed("The request has no 'query': give the GraphQL document as a string, as in " + EXAMPLE);
		}
		if (!query.isString()) {
			throw new Malformed("'query' must be a string holding the GraphQL document, was " + kind(query));
		}
		if (query.asString().isBlank()) {
			throw new Malformed("'query' is empty: give the GraphQL document, as in " + EXAMPLE);
		}
		optional(request, "operationName", JsonNode::isString, "a string");
		optional(request, "variables", JsonNode::isObject, "a JSON object");
		optional(request, "extensions", JsonNode::isObject, "a JSON object");
	}

	/** Checks the parameters of a GET, read with {@code parameter}. */
	static void checkParameters(Function<String, @Nullable String> parameter) throws Malformed {
		String query = parameter.apply("query");
		if (query == null || query.isBlank()) {
			throw new Malformed("The query parameter 'query' is missing: GET /graphql?query={...}");
		}
		for (String name : new String[] { "variables", "extensions" }) {
			String value = parameter.apply(name);
			if (value != null && !value.isBlank() && !isObject(value)) {
				throw new Malformed("The query parameter '" + name + "' is not a JSON object: " + abbreviate(value));
			}
		}
	}

	/** Whether a request's content type is JSON, the one GraphQL over HTTP requires. */
	static boolean isJson(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.isCompatibleWith(type) || "json".equals(type.getSubtypeSuffix());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean isObject(String json) {
		try {
			return JSON.readTree(json).isObject();
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/** A member that may be absent or null, and otherwise must be of one JSON type. */
	private static void optional(JsonNode request, String name, Predicate<JsonNode> valid, String what) throws Malformed {
		JsonNode value = request.get(name);
		if (value != null && !value.isNull() && !valid.test(value)) {
			throw new Malformed("'" + name + "' must be " + what + " when given, was " + kind(value));
		}
	}

	private static String kind(JsonNode value) {
		return value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + abbreviate(value.toString());
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 37) + "...";
	}

}
