package se.samverkanskartan.ui.api;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

/**
 * The audit trail and the live feed of changes. Both need a signed-in caller (or, for the feed, an anonymous
 * reader where anonymous reading is on); the API decides what each caller sees.
 */
@Service
public class AuditApi {

	private final GraphQlClient client;

	AuditApi(@Qualifier("cooperationGraphQlClient") GraphQlClient client) {
		this.client = client;
	}

	/** The latest changes to one node, newest first. */
	public List<AuditRecord> history(String nodeId) {
		List<AuditRecord> entries = client.documentName("history").variable("id", nodeId)
			.retrieveSync("node.history").toEntityList(AuditRecord.class);
		return entries == null ? List.of() : entries;
	}

	/** The latest changes to anything, newest first. */
	public List<AuditRecord> auditTrail(int first) {
		List<AuditRecord> entries = client.documentName("auditTrail").variable("first", first)
			.retrieveSync("auditTrail.edges").toEntityList(Edge.class).stream().map(Edge::node).toList();
		return entries == null ? List.of() : entries;
	}

	/** Every change once committed, as the API announces it on {@code graphChanged}; never completes. */
	public Flux<AuditRecord> changes() {
		return client.documentName("graphChanged").retrieveSubscription("graphChanged").toEntity(AuditRecord.class);
	}

	private record Edge(AuditRecord node) {
	}
}
