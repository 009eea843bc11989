package se.samverkanskartan.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.ErrorType;

/**
 * Automatic persisted queries, Apollo's protocol: a request with {@code extensions.persistedQuery} ({@code version}
 * 1 and the {@code sha256Hash} of the query) and no query runs the stored query of that hash, or is answered with
 * {@code PersistedQueryNotFound} (code {@code PERSISTED_QUERY_NOT_FOUND}), whereupon the client sends the query
 * with the hash once, which stores it. So a client sends a hash instead of a long document, and a GET with the hash
 * alone makes an address a browser can cache. At most {@code maxEntries} documents are kept, the least recently
 * used going first. A stored document is parsed and validated once; the limits on depth and cost apply to each
 * execution, the request size to each request.
 */
final class PersistedQueries implements PersistedQueryCache {

	/** A stored query: its text, and the document parsed and validated. */
	private record Stored(String text, PreparsedDocumentEntry document) {
	}

	private final Map<String, Stored> stored;

	PersistedQueries(int maxEntries) {
		this.stored = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
				return size() > maxEntries;
			}
		};
	}

	/** graphql-java's support for the protocol, keeping its documents here, answering with our errors. */
	PersistedQuerySupport support() {
		return new ApolloPersistedQuerySupport(this) {
			@Override
			protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
				return new PreparsedDocumentEntry(error instanceof PersistedQueryNotFound ? notFound()
						: GraphqlErrorBuilder.newError()
							.errorType(ErrorType.BAD_REQUEST)
							.message(WellFormedRequest.HASH_MISMATCH)
							.extensions(Map.of("argument", "extensions.persistedQuery.sha256Hash"))
							.build());
			}
		};
	}

	/** The error that asks the client to send the query with its hash, as Apollo's clients expect it. */
	static GraphQLError notFound() {
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.NOT_FOUND)
			.message("PersistedQueryNotFound")
			.extensions(Map.of("code", "PERSISTED_QUERY_NOT_FOUND"))
			.build();
	}

	/** The stored query of a hash. */
	synchronized Optional<String> text(String sha256Hash) {
		return Optional.ofNullable(this.stored.get(sha256Hash.toLowerCase(Locale.ROOT))).map(Stored::text);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
			ExecutionInput input, PersistedQueryCacheMiss onCacheMiss) {
		String hash = String.valueOf(persistedQueryId).toLowerCase(Locale.ROOT);
		String query = input.getQuery();
		boolean sent = query != null && !query.isBlank() && !PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query);
		// Checked even when the hash is known: what runs is always the text that was sent, if any was.
		if (sent && !sha256(query).equals(hash)) {
			throw new PersistedQueryIdInvalid(persistedQueryId);
		}
		Stored known = lookUp(hash);
		if (known != null) {
			return CompletableFuture.completedFuture(known.document());
		}
		if (!sent) {
			throw new PersistedQueryNotFound(persistedQueryId);
		}
		// Parsed and validated outside the lock; a document that does neither is not kept.
		PreparsedDocumentEntry document = onCacheMiss.apply(query);
		if (!document.hasErrors()) {
			store(hash, new Stored(query, document));
		}
		return CompletableFuture.completedFuture(document);
	}

	private synchronized @Nullable Stored lookUp(String hash) {
		return this.stored.get(hash);
	}

	private synchronized void store(String hash, Stored query) {
		this.stored.put(hash, query);
	}

	/** SHA-256 of the UTF-8 text, as lower-case hex: the hash of Apollo's protocol. */
	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
