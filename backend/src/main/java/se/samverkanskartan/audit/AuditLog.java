package se.samverkanskartan.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	private final Neo4jClient client;

	private final ApplicationEventPublisher events;

	AuditLog(Neo4jClient client, ApplicationEventPublisher events) {
		this.client = client;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(Change change) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("id", "audit-" + UUID.randomUUID());
		entry.put("actor", Actor.current());
		entry.put("action", change.action().name());
		entry.put("entityType", change.entityType());
		entry.put("entityId", change.entityId());
		entry.put("version", change.version());
		entry.put("before", Snapshots.toJson(change.before()));
		entry.put("after", Snapshots.toJson(change.after()));
		entry.put("changedFields", Snapshots.changedFields(change.before(), change.after()));
		entry.put("related", change.related());
		List<String> claims = attachedClaims(change);
		// Kept apart, so that reading the trail can tell whether the documents quoted are visible now.
		entry.put("claims", claims);
		entry.put("internal", isInternal(change.before()) || isInternal(change.after()) || hidesAnEnd(change.related())
				|| quotesAnInternalDocument(claims));
		if (change.undoes() != null) {
			entry.put("undoes", change.undoes());
		}
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
