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
 * {@code extensions}; for GET the same in the URL. A persisted query ({@link PersistedQueries}) may leave out the
 * query; its {@code extensions.persistedQuery} must be {@code {"version": 1, "sha256Hash": <64 hex digits>}}, the
 * hash that of the query when one is sent. A request that is not well-formed is refused with a message that names
 * what is wrong.
 */
final class WellFormedRequest {

	/** Why a request is not well-formed, in words for the client. */
	static final class Malformed extends Exception {

		Malformed(String message) {
			super(message, null, false, false);
		}

	}

	private static final String EXAMPLE = "{\"query\": \"{ documents { id } }\"}";

	static final String HASH_MISMATCH = "'extensions.persistedQuery.sha256Hash' is not the SHA-256 of 'query': send the "
			+ "lower-case hex SHA-256 of the query's UTF-8 text";

	private static final java.util.regex.Pattern SHA256_HEX = java.util.regex.Pattern.compile("[0-9a-fA-F]{64}");

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
		optional(request, "operationName", JsonNode::isString, "a string");
		optional(request, "variables", JsonNode::isObject, "a JSON object");
		optional(request, "extensions", JsonNode::isObject, "a JSON object");
		JsonNode query = request.get("query");
		boolean persisted = checkPersistedQuery(request.get("extensions"),
				query != null && query.isString() ? query.asString() : null);
		if ((query == null || query.isNull()) && !persisted) {
			throw new Malformed("The request has no 'query': give the GraphQL document as a string, as in " + EXAMPLE);
		}
		if (query != null && !query.isNull() && !query.isString()) {
			throw new Malformed("'query' must be a string holding the GraphQL document, was " + kind(query));
		}
		if (query != null && query.isString() && query.asString().isBlank()) {
			throw new Malformed("'query' is empty: give the GraphQL document, as in " + EXAMPLE);
		}
	}

	/** Checks the parameters of a GET, read with {@code parameter}. */
	static void checkParameters(Function<String, @Nullable String> parameter) throws Malformed {
		for (String name : new String[] { "variables", "extensions" }) {
			String value = parameter.apply(name);
			if (value != null && !value.isBlank() && !isObject(value)) {
				throw new Malformed("The query parameter '" + name + "' is not a JSON object: " + abbreviate(value));
			}
		}
		String query = parameter.apply("query");
		String extensions = parameter.apply("extensions");
		boolean persisted = extensions != null && !extensions.isBlank()
				&& checkPersistedQuery(JSON.readTree(extensions), query == null || query.isBlank() ? null : query);
		if ((query == null || query.isBlank()) && !persisted) {
			throw new Malformed("The query parameter 'query' is missing: GET /graphql?query={...}");
		}
	}

	/**
	 * Checks {@code extensions.persistedQuery} when there is one, and the hash against the query when one is sent;
	 * answers whether there is one.
	 */
	private static boolean checkPersistedQuery(@Nullable JsonNode extensions, @Nullable String query) throws Malformed {
		JsonNode persisted = extensions == null ? null : extensions.get("persistedQuery");
		if (persisted == null || persisted.isNull()) {
			return false;
		}
		if (!persisted.isObject()) {
			throw new Malformed("'extensions.persistedQuery' must be a JSON object {\"version\": 1, \"sha256Hash\": ...}, was "
					+ kind(persisted));
		}
		JsonNode version = persisted.get("version");
		if (version == null || !version.isIntegralNumber() || version.asInt() != 1) {
			throw new Malformed("'extensions.persistedQuery.version' must be 1, the one version of persisted queries, was "
					+ (version == null ? "missing" : kind(version)));
		}
		JsonNode hash = persisted.get("sha256Hash");
		if (hash == null || !hash.isString() || !SHA256_HEX.matcher(hash.asString()).matches()) {
			throw new Malformed("'extensions.persistedQuery.sha256Hash' must be the SHA-256 of the query, 64 hex digits, was "
					+ (hash == null ? "missing" : kind(hash)));
		}
		if (query != null && !query.isBlank() && !PersistedQueries.sha256(query).equalsIgnoreCase(hash.asString())) {
			throw new Malformed(HASH_MISMATCH);
		}
		return true;
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
