package se.samverkanskartan.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.audit.Snapshots;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.network.FactRegions;

/** What the filters of {@code graphChanged} ask of a change: the kinds of a relationship's ends, its regions. */
@Component
class ChangeScope {

	private final Neo4jClient client;

	private final FactRegions regions;

	ChangeScope(Neo4jClient client, FactRegions regions) {
		this.client = client;
		this.regions = regions;
	}

	/** The kinds of the nodes a relationship joins. */
	Set<NodeKind> endKinds(AuditEntry entry) {
		return this.client.query("MATCH (n:Entity) WHERE n.id IN $ids RETURN DISTINCT n.kind")
			.bind(ends(entry)).to("ids")
			.fetchAs(String.class).all().stream().map(NodeKind::valueOf).collect(Collectors.toSet());
	}

	/**
	 * The regions the changed fact belongs to (a relationship: those of both its ends, itself counted), as those
	 * who may receive the entry see the graph: an internal entry
	 * reaches editors only, who see internal facts; a public one is placed by public facts alone, so that no
	 * viewer learns of a link through an internal fact by what the filter lets through.
	 */
	@SuppressWarnings("unchecked")
	Set<String> regions(AuditEntry entry) {
		if (entry.kind() != null) {
			return this.regions.ofNode(subject(entry), entry.internal());
		}
		String json = entry.after() != null ? entry.after() : entry.before();
		Map<String, Object> relation = json == null ? Map.of() : Snapshots.fromJson(json);
		if (entry.source() == null || entry.target() == null) {
			return Set.of();
		}
		boolean internal = relation.get("properties") instanceof Map<?, ?> properties
				&& Boolean.TRUE.equals(properties.get("internal"));
		String type = String.valueOf(entry.relationType());
		return this.regions.ofRelation(
				new FactRegions.Subject(entry.source(), null,
						List.of(new FactRegions.Link(type, entry.target(), true, internal))),
				new FactRegions.Subject(entry.target(), null,
						List.of(new FactRegions.Link(type, entry.source(), false, internal))),
				entry.internal());
	}

	private static List<String> ends(AuditEntry entry) {
		List<String> ends = new ArrayList<>();
		if (entry.source() != null) {
			ends.add(entry.source());
		}
		if (entry.target() != null) {
			ends.add(entry.target());
		}
		return ends;
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
