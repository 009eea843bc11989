package se.samverkanskartan.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.graph.NodeKind;

/**
 * Keeps on each audit entry what the kind and region filters of {@code graphChanged} need of it ({@code scopeKinds},
 * {@code scopeRegions}), found in the change's own transaction just before it commits: from the graph exactly as
 * the change leaves it, which the next change cannot have moved on yet, and a deleted fact's regions while its
 * neighbours are still known. Announcements come from the trail, possibly in another instance, and a subscriber
 * there filters by what the entry says. Once per transaction for all its entries; a failed lookup does not fail the
 * change, whose announcement then reaches only subscribers that do not filter so.
 */
@Component
class ScopeRecorder {

	private static final Logger log = LoggerFactory.getLogger(ScopeRecorder.class);

	private static final String WRITE = """
			UNWIND $scopes AS scope
			MATCH (e:AuditEntry {id: scope.id})
			SET e.scopeKinds = scope.kinds, e.scopeRegions = scope.regions""";

	private static final String READ = """
			MATCH (e:AuditEntry) WHERE e.id IN $ids
			RETURN e.id AS id, e.scopeKinds AS kinds, e.scopeRegions AS regions""";

	private final Neo4jClient client;

	private final ChangeScope scope;

	ScopeRecorder(Neo4jClient client, ChangeScope scope) {
		this.client = client;
		this.scope = scope;
	}

	/** Collects the transaction's entries as they are recorded; they are placed once, before the commit. */
	@EventListener
	void recorded(AuditEntry entry) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		if (TransactionSynchronizationManager.getResource(this) instanceof Entries entries) {
			entries.add(entry);
			return;
		}
		Entries entries = new Entries();
		entries.add(entry);
		TransactionSynchronizationManager.bindResource(this, entries);
		TransactionSynchronizationManager.registerSynchronization(entries);
	}

	/** The entries with what was recorded of them; an entry without it has null scopes. */
	@SuppressWarnings("unchecked")
	List<Announcement> scoped(List<AuditEntry> entries) {
		Map<String, Map<String, Object>> rows = new HashMap<>();
		this.client.query(READ).bind(entries.stream().map(AuditEntry::id).toList()).to("ids").fetch().all()
			.forEach(row -> rows.put((String) row.get("id"), row));
		return entries.stream().map(entry -> {
			Map<String, Object> row = rows.getOrDefault(entry.id(), Map.of());
			Collection<String> kinds = (Collection<String>) row.get("kinds");
			Collection<String> regions = (Collection<String>) row.get("regions");
			return new Announcement(entry,
					kinds == null ? null : kinds.stream().map(NodeKind::valueOf).collect(Collectors.toSet()),
					regions == null ? null : Set.copyOf(regions));
		}).toList();
	}

	private void write(List<AuditEntry> entries) {
		try {
			List<Map<String, Object>> scopes = new ArrayList<>();
			for (Announcement placed : this.scope.of(entries)) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", placed.entry().id());
				row.put("kinds", placed.endKinds() == null ? null : placed.endKinds().stream().map(Enum::name).sorted().toList());
				row.put("regions", placed.regions() == null ? null : placed.regions().stream().sorted().toList());
				scopes.add(row);
			}
			this.client.query(WRITE).bind(scopes).to("scopes").run();
		}
		catch (RuntimeException ex) {
			log.warn("graphChanged: {} changes could not be placed for the kind and region filters: {}", entries.size(),
					ex.toString());
		}
	}

	/** The entries of one transaction, placed just before it commits. */
	private final class Entries implements TransactionSynchronization {

		private final List<AuditEntry> entries = new ArrayList<>();

		void add(AuditEntry entry) {
			this.entries.add(entry);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			write(this.entries);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(ScopeRecorder.this);
		}

	}

}
