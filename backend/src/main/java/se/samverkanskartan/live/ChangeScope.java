package se.samverkanskartan.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.audit.Snapshots;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.network.FactRegions;

/**
 * What the filters of {@code graphChanged} ask of a change: the kinds of a relationship's ends, its regions. Found
 * for all changes of a transaction at once, in a few queries whatever their number (an import writes thousands).
 */
@Component
class ChangeScope {

	private final Neo4jClient client;

	private final FactRegions regions;

	ChangeScope(Neo4jClient client, FactRegions regions) {
		this.client = client;
		this.regions = regions;
	}

	/** Each entry with what its filters need, in the order given. */
	List<Announcement> of(List<AuditEntry> entries) {
		Map<String, NodeKind> kinds = kinds(entries.stream().flatMap(entry -> ends(entry).stream()).distinct().toList());
		Map<String, Set<String>> placed = new HashMap<>();
		// Internal entries reach editors only, who see internal facts; public ones are placed by public facts alone.
		for (boolean internal : new boolean[] { false, true }) {
			List<AuditEntry> group = entries.stream().filter(entry -> entry.internal() == internal).toList();
			placed.putAll(regions(group, internal));
		}
		return entries.stream()
			.map(entry -> new Announcement(entry, entry.kind() != null ? null
					: ends(entry).stream().map(kinds::get).filter(kind -> kind != null).collect(Collectors.toSet()),
					placed.getOrDefault(entry.id(), Set.of())))
			.toList();
	}

	/** The kinds of the nodes relationships join. */
	private Map<String, NodeKind> kinds(List<String> ids) {
		Map<String, NodeKind> kinds = new HashMap<>();
		if (!ids.isEmpty()) {
			this.client.query("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.kind AS kind")
				.bind(ids).to("ids")
				.fetch().all()
				.forEach(row -> kinds.put((String) row.get("id"), NodeKind.valueOf((String) row.get("kind"))));
		}
		return kinds;
	}

	/**
	 * The regions each changed fact belongs to (a relationship: those of both its ends, itself counted), as those
	 * who may receive the entry see the graph, so that no viewer learns of a link through an internal fact by what
	 * the filter lets through.
	 */
	private Map<String, Set<String>> regions(List<AuditEntry> entries, boolean seeInternal) {
		List<List<FactRegions.Subject>> perEntry = entries.stream().map(ChangeScope::subjects).toList();
		List<Set<String>> found = this.regions.of(perEntry.stream().flatMap(List::stream).toList(), seeInternal);
		Map<String, Set<String>> placed = new HashMap<>();
		int next = 0;
		for (int i = 0; i < entries.size(); i++) {
			int count = perEntry.get(i).size();
			placed.put(entries.get(i).id(), count == 1 ? found.get(next)
					: count == 2 ? FactRegions.both(found.get(next), found.get(next + 1)) : Set.of());
			next += count;
		}
		return placed;
	}

	/** A node is placed as itself; a relationship as both its ends, each with the relationship counted. */
	@SuppressWarnings("unchecked")
	private static List<FactRegions.Subject> subjects(AuditEntry entry) {
		if (entry.kind() != null) {
			return List.of(subject(entry));
		}
		if (entry.source() == null || entry.target() == null) {
			return List.of();
		}
		String json = entry.after() != null ? entry.after() : entry.before();
		Map<String, Object> relation = json == null ? Map.of() : Snapshots.fromJson(json);
		boolean internal = relation.get("properties") instanceof Map<?, ?> properties
				&& Boolean.TRUE.equals(properties.get("internal"));
		String type = String.valueOf(entry.relationType());
		return List.of(
				new FactRegions.Subject(entry.source(), null,
						List.of(new FactRegions.Link(type, entry.target(), true, internal))),
				new FactRegions.Subject(entry.target(), null,
						List.of(new FactRegions.Link(type, entry.source(), false, internal))));
	}

	private static List<String> ends(AuditEntry entry) {
		List<String> ends = new ArrayList<>();
		if (entry.kind() == null) {
			add(ends, entry.source());
			add(ends, entry.target());
		}
		return ends;
	}

	private static void add(List<String> ids, @Nullable String id) {
		if (id != null) {
			ids.add(id);
		}
	}

	/** A node; once deleted, placed by the relationships its deletion recorded (for its undo). */
	@SuppressWarnings("unchecked")
	private static FactRegions.Subject subject(AuditEntry entry) {
		if (entry.after() != null || entry.before() == null) {
			return FactRegions.Subject.of(entry.entityId());
		}
		Map<String, Object> before = Snapshots.fromJson(entry.before());
		List<FactRegions.Link> links = new ArrayList<>();
		if (before.get("relations") instanceof List<?> relations) {
			for (Object item : relations) {
				Map<String, Object> relation = (Map<String, Object>) item;
				boolean outgoing = entry.entityId().equals(relation.get("from"));
				Object properties = relation.get("properties");
				links.add(new FactRegions.Link(String.valueOf(relation.get("type")),
						String.valueOf(outgoing ? relation.get("to") : relation.get("from")), outgoing,
						properties instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("internal"))));
			}
		}
		return new FactRegions.Subject(entry.entityId(), String.valueOf(before.get("kind")), links);
	}

}
