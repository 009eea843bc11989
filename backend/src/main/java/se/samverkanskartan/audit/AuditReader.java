package se.samverkanskartan.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.Cursor;
import se.samverkanskartan.graph.Page;
import se.samverkanskartan.graph.PageRequest;
import se.samverkanskartan.graph.Visibility;
import se.samverkanskartan.graph.where.Where;

/**
 * Reads the audit trail, newest first; entries about internal facts only for those who may see them. The order is
 * {@code seq}; an entry not yet placed in it ({@link AuditSequencer}) is newer than every placed one, and among
 * those the time of the change decides.
 */
@Component
public class AuditReader {

	private static final Logger log = LoggerFactory.getLogger(AuditReader.class);

	/** How many entries {@code Node.history} shows; {@code auditTrail} pages through the rest. */
	static final int HISTORY = 20;

	/** How many entries a page of {@code auditTrail} has when {@code first} is left out. */
	static final int PAGE = 50;

	/** An entry concerns a fact when it is about it, or about a relationship that ends at it. */
	private static final String CONCERNS = "(e.entityId IN $ids OR any(x IN e.related WHERE x IN $ids))";

	/** The stored fields an {@code AuditEntryWhere} compares, besides the list {@code changedFields}. */
	private static final Set<String> FILTERED = Set.of("actor", "action", "entityType", "entityId", "at", "version");

	private static final String PROJECTION = "e {.*, at: toString(e.at)} AS entry";

	/** Newest first: pending entries (no {@code seq} yet, which sorts first when descending), then by place. */
	private static final String NEWEST_FIRST = "ORDER BY e.seq DESC, e.at DESC";

	/**
	 * Whether the caller may see an entry. Its own flag says whether the fact was internal when the change was
	 * made; what is internal now counts too, so that a fact made internal later takes its earlier entries with
	 * it: the fact itself, a node a relationship ends at, a relationship (found from its ends, which have an
	 * index), and the document of the evidence an entry attached.
	 */
	private static final String VISIBLE = """
			($seeInternal OR NOT e.internal
			  AND NOT EXISTS { MATCH (x:Entity) WHERE (x.id = e.entityId OR x.id IN e.related) AND NOT %s }
			  AND NOT EXISTS { MATCH (a:Entity)-[r]-(:Entity) WHERE e.entityType = 'RELATION' AND a.id IN e.related
			                   AND r.id = e.entityId AND NOT %s }
			  AND NOT EXISTS { MATCH (c:Claim)-[:FROM_DOCUMENT]->(d:Entity) WHERE c.id IN coalesce(e.claims, [])
			                   AND NOT %s })"""
		.formatted(Visibility.node("x"), Visibility.relation("r"), Visibility.node("d"));

	private final Neo4jClient client;

	private final AuditSequencer sequencer;

	AuditReader(Neo4jClient client, AuditSequencer sequencer) {
		this.client = client;
		this.sequencer = sequencer;
	}

	/**
	 * A page of the trail, newest first, with the entry's place in the trail as its cursor: entries written between
	 * two pages come before the first page and do not push rows of the next one back. What is committed is placed
	 * first, so that every entry the page shows has its place; one that cannot be placed now (a full disk) shows later.
	 */
	@PreAuthorize("hasRole('VIEWER')")
	public Page<AuditEntry> page(@Nullable String entityId, @Nullable Map<String, Object> where, PageRequest request) {
		try {
			this.sequencer.placePending();
		}
		catch (RuntimeException ex) {
			log.debug("The trail is read without the entries not yet placed: {}", ex.toString());
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", entityId == null ? null : List.of(entityId));
		parameters.put("key", request.keys());
		parameters.put("limit", request.size() + 1);
		parameters.put(Visibility.PARAMETER, Visibility.seeInternal());
		Where filter = Where.onRecord(where, "e", FILTERED, Set.of("changedFields"));
		parameters.putAll(filter.parameters());
		String match = "MATCH (e:AuditEntry) WHERE e.seq IS NOT NULL AND ($ids IS NULL OR " + CONCERNS + ") AND " + VISIBLE
				+ " AND " + filter.cypher();
		String window = request.forward() ? " AND ($key IS NULL OR e.seq < $key[0]) RETURN " + PROJECTION + " ORDER BY e.seq DESC"
				: " AND ($key IS NULL OR e.seq > $key[0]) RETURN " + PROJECTION + " ORDER BY e.seq";
		List<AuditEntry> rows = entries(match + window + " LIMIT $limit", parameters);
		return Page.of(rows, request, entry -> Cursor.of(entry.seq()), () -> this.client
			.query(match + " RETURN count(e) AS total").bindAll(parameters)
			.fetchAs(Long.class).one().orElse(0L));
	}

	/** The latest entries concerning each of many facts, in one query. */
	@PreAuthorize("hasRole('VIEWER')")
	public Map<String, List<AuditEntry>> historyOf(Collection<String> ids) {
		Map<String, List<AuditEntry>> history = new LinkedHashMap<>();
		ids.forEach(id -> history.put(id, new ArrayList<>()));
		Map<String, Object> parameters = Map.of("ids", List.copyOf(ids), Visibility.PARAMETER, Visibility.seeInternal());
		for (AuditEntry entry : entries("MATCH (e:AuditEntry) WHERE " + CONCERNS + " AND " + VISIBLE + " RETURN "
				+ PROJECTION + " " + NEWEST_FIRST, parameters)) {
			List<String> keys = new ArrayList<>(entry.related());
			keys.add(entry.entityId());
			keys.stream().distinct().filter(history::containsKey).map(history::get)
				.filter(list -> list.size() < HISTORY)
				.forEach(list -> list.add(entry));
		}
		return history;
	}

	/**
	 * The actor's latest change that is neither an undo nor undone: what "undo" takes back. Everything committed so
	 * far is placed first, so that this entry and those the undo compares it with all have their {@code seq}.
	 */
	public Optional<AuditEntry> lastUndoable(String actor) {
		this.sequencer.placeAll();
		return entries("""
				MATCH (e:AuditEntry) WHERE e.actor = $actor AND e.action <> 'UNDO' AND e.undoneBy IS NULL
				RETURN %s %s LIMIT 1""".formatted(PROJECTION, NEWEST_FIRST), Map.of("actor", actor)).stream().findFirst();
	}

	/**
	 * The version the latest recorded change to the entry's fact left it at: the entry's own version, or that of a
	 * later change, such as the caller's undo of a later change of theirs.
	 */
	public long versionNow(AuditEntry entry) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", entry.entityId());
		parameters.put("seq", entry.seq());
		return this.client.query("""
				MATCH (e:AuditEntry {entityId: $id}) WHERE e.seq IS NULL OR e.seq >= $seq
				RETURN e.version %s LIMIT 1""".formatted(NEWEST_FIRST))
			.bindAll(parameters)
			.fetchAs(Long.class).one().orElse(entry.version());
	}

	/** The first change by someone else, after the given entry, to the same fact or a relationship at it. */
	public Optional<AuditEntry> changedByOthersSince(AuditEntry entry) {
		List<String> ids = new ArrayList<>(entry.related());
		ids.add(entry.entityId());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("seq", entry.seq());
		parameters.put("actor", entry.actor());
		parameters.put("ids", ids);
		return entries("""
				MATCH (e:AuditEntry) WHERE (e.seq IS NULL OR e.seq > $seq) AND e.actor <> $actor AND %s
				RETURN %s ORDER BY e.seq, e.at LIMIT 1""".formatted(CONCERNS, PROJECTION), parameters).stream().findFirst();
	}

	/**
	 * For a follower of the trail: the entries placed after {@code seq}, oldest first, at most {@code limit}, and
	 * only up to the first number not readable yet (a placing transaction seen half-way), so that asking again
	 * with the last one returned never skips an entry. Every entry, internal ones too: the follower decides whom
	 * it shows what.
	 */
	public List<AuditEntry> placedAfter(long seq, int limit) {
		List<AuditEntry> placed = new ArrayList<>();
		long expected = seq + 1;
		for (AuditEntry entry : entries("MATCH (e:AuditEntry) WHERE e.seq > $seq RETURN " + PROJECTION
				+ " ORDER BY e.seq LIMIT $limit", Map.of("seq", seq, "limit", limit))) {
			if (entry.seq() == null || entry.seq() != expected) {
				break;
			}
			placed.add(entry);
			expected++;
		}
		return placed;
	}

	@SuppressWarnings("unchecked")
	private List<AuditEntry> entries(String cypher, Map<String, Object> parameters) {
		return this.client.query(cypher).bindAll(parameters).fetch().all().stream()
			.map(row -> AuditEntry.fromProjection((Map<String, Object>) row.get("entry")))
			.toList();
	}

}
