package se.samverkanskartan.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.graph.Visibility;

/**
 * Writes audit entries. It must run inside the transaction of the change it records, so that a change and its
 * entry commit or roll back together; the entry is published as an application event, which listeners receive
 * after the commit. It takes no lock beyond the new entry's own: the entry's place in the trail ({@code seq}) is
 * given after the commit, by {@link AuditSequencer}, so the entry returned and published has none yet.
 */
@Component
public class AuditLog {

	/** A change to record: the fact before and after (null for a creation or a deletion). */
	public record Change(AuditEntry.Action action, String entityType, String entityId, long version,
			@Nullable Map<String, ?> before, @Nullable Map<String, ?> after, List<String> related,
			@Nullable String undoes) {
	}

	/** Pending, without a place in the trail's order yet: {@link AuditSequencer} places it once committed. */
	private static final String WRITE = """
			CREATE (e:AuditEntry:AuditPending) SET e = $entry, e.at = datetime.realtime()
			WITH e
			OPTIONAL MATCH (undone:AuditEntry {id: $undoes})
			SET undone.undoneBy = e.id
			RETURN e {.*, at: toString(e.at)} AS entry""";

	/** Pending, like {@link #WRITE}: {@link AuditSequencer} places them, by their time, once committed. */
	private static final String WRITE_ALL = """
			UNWIND range(0, size($entries) - 1) AS i
			CREATE (e:AuditEntry:AuditPending) SET e = $entries[i], e.at = datetime.realtime()
			RETURN i, e.seq AS seq, toString(e.at) AS at""";

	private static final String HIDDEN_ENDS = "MATCH (n:Entity) WHERE n.id IN $ids AND NOT " + Visibility.node("n")
			+ " RETURN n.id";

	private static final String HIDDEN_CLAIMS = "MATCH (c:Claim)-[:FROM_DOCUMENT]->(d:Entity) WHERE c.id IN $ids AND NOT "
			+ Visibility.node("d") + " RETURN DISTINCT c.id";

	private final Neo4jClient client;

	private final ApplicationEventPublisher events;

	AuditLog(Neo4jClient client, ApplicationEventPublisher events) {
		this.client = client;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(Change change) {
		List<String> claims = attachedClaims(change);
		Map<String, Object> entry = entry(change, claims, isInternal(change.before()) || isInternal(change.after())
				|| hidesAnEnd(change.related()) || quotesAnInternalDocument(claims), new IdentityHashMap<>());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("entry", entry);
		parameters.put("undoes", change.undoes());
		@SuppressWarnings("unchecked")
		AuditEntry recorded = AuditEntry.fromProjection((Map<String, Object>) this.client.query(WRITE)
			.bindAll(parameters)
			.fetch()
			.one()
			.orElseThrow()
			.get("entry"));
		this.events.publishEvent(recorded);
		return recorded;
	}

	/**
	 * Records many changes of one transaction, in the order given, as {@link #record} records each: the same
	 * entries, with two queries for all of them (which ends and documents are internal) and one to write them,
	 * instead of up to three per entry. For an import of thousands of rows. Undoing goes through {@link #record}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<AuditEntry> recordAll(List<Change> changes) {
		if (changes.isEmpty()) {
			return List.of();
		}
		if (changes.stream().anyMatch(change -> change.undoes() != null)) {
			throw new IllegalArgumentException("an undo is recorded on its own, with record");
		}
		Set<String> hiddenEnds = hidden(HIDDEN_ENDS,
				changes.stream().flatMap(change -> change.related().stream()).distinct().toList());
		List<List<String>> claims = changes.stream().map(AuditLog::attachedClaims).toList();
		Set<String> hiddenClaims = hidden(HIDDEN_CLAIMS, claims.stream().flatMap(List::stream).distinct().toList());
		List<Map<String, Object>> entries = new ArrayList<>();
		// A fact created and then given its evidence is the after of one entry and the before of the next.
		Map<Object, String> json = new IdentityHashMap<>();
		for (int i = 0; i < changes.size(); i++) {
			Change change = changes.get(i);
			entries.add(entry(change, claims.get(i), change.related().stream().anyMatch(hiddenEnds::contains)
					|| claims.get(i).stream().anyMatch(hiddenClaims::contains), json));
		}
		// The entries are known; only their places in the order and their times come back.
		List<AuditEntry> recorded = new ArrayList<>();
		this.client.query(WRITE_ALL).bind(entries).to("entries").fetch().all().stream()
			.sorted(Comparator.comparingLong(row -> ((Number) row.get("i")).longValue()))
			.forEach(row -> {
				Map<String, Object> entry = new HashMap<>(entries.get(((Number) row.get("i")).intValue()));
				entry.put("seq", row.get("seq"));
				entry.put("at", row.get("at"));
				recorded.add(AuditEntry.fromProjection(entry));
			});
		recorded.forEach(this.events::publishEvent);
		return recorded;
	}

	/** The entry as stored, but for its place in the order and its time, which the write gives it. */
	private static Map<String, Object> entry(Change change, List<String> claims, boolean revealsInternal,
			Map<Object, String> json) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("id", "audit-" + UUID.randomUUID());
		entry.put("actor", Actor.current());
		entry.put("action", change.action().name());
		entry.put("entityType", change.entityType());
		entry.put("entityId", change.entityId());
		entry.put("version", change.version());
		entry.put("before", json(change.before(), json));
		entry.put("after", json(change.after(), json));
		entry.put("changedFields", Snapshots.changedFields(change.before(), change.after()));
		entry.put("related", change.related());
		// Kept apart, so that reading the trail can tell whether the documents quoted are visible now.
		entry.put("claims", claims);
		entry.put("internal", isInternal(change.before()) || isInternal(change.after()) || revealsInternal);
		if (change.undoes() != null) {
			entry.put("undoes", change.undoes());
		}
		return entry;
	}

	private static @Nullable String json(@Nullable Map<String, ?> fact, Map<Object, String> written) {
		return fact == null ? null : written.computeIfAbsent(fact, f -> Snapshots.toJson(fact));
	}

	/** Those of the ids that the query finds hidden from viewers. */
	private Set<String> hidden(String query, List<String> ids) {
		return ids.isEmpty() ? Set.of() : new HashSet<>(this.client.query(query)
			.bind(ids).to("ids")
			.bind(false).to(Visibility.PARAMETER)
			.fetchAs(String.class).all());
	}

	/** A relationship at an internal node is as internal as the node: the entry would reveal it. */
	private boolean hidesAnEnd(List<String> related) {
		return !related.isEmpty() && this.client
			.query("RETURN EXISTS { MATCH (n:Entity) WHERE n.id IN $related AND NOT " + Visibility.node("n") + " }")
			.bind(related).to("related")
			.bind(false).to(Visibility.PARAMETER)
			.fetchAs(Boolean.class).one().orElse(false);
	}

	/** Evidence from an internal document is as internal as the document, even on a public fact. */
	private boolean quotesAnInternalDocument(List<String> claims) {
		return !claims.isEmpty() && this.client
			.query("RETURN EXISTS { MATCH (c:Claim)-[:FROM_DOCUMENT]->(d:Entity) WHERE c.id IN $claims AND NOT "
					+ Visibility.node("d") + " }")
			.bind(claims).to("claims")
			.bind(false).to(Visibility.PARAMETER)
			.fetchAs(Boolean.class).one().orElse(false);
	}

	/** The claims a change attached: a node's new one, or those a relationship lists now and did not before. */
	@SuppressWarnings("unchecked")
	private static List<String> attachedClaims(Change change) {
		if (change.action() != AuditEntry.Action.ATTACH_EVIDENCE || change.after() == null) {
			return List.of();
		}
		if (change.after().get("claim") instanceof String claim) {
			return List.of(claim);
		}
		List<String> after = change.after().get("properties") instanceof Map<?, ?> properties
				&& properties.get("claimIds") instanceof List<?> ids ? (List<String>) ids : List.of();
		List<String> before = change.before() != null && change.before().get("properties") instanceof Map<?, ?> properties
				&& properties.get("claimIds") instanceof List<?> ids ? (List<String>) ids : List.of();
		return after.stream().filter(id -> !before.contains(id)).toList();
	}

	/** A relationship's snapshot keeps its own properties under {@code properties}. */
	@SuppressWarnings("unchecked")
	private static boolean isInternal(@Nullable Map<String, ?> fact) {
		if (fact == null) {
			return false;
		}
		return Visibility.isInternal(fact)
				|| fact.get("properties") instanceof Map<?, ?> nested && Visibility.isInternal((Map<String, ?>) nested);
	}

}
