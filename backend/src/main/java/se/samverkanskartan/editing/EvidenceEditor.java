package se.samverkanskartan.editing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.audit.AuditEntry.Action;
import se.samverkanskartan.audit.AuditLog;
import se.samverkanskartan.source.Claim;
import se.samverkanskartan.source.Quotes;
import se.samverkanskartan.source.SourceTexts;

/**
 * Attaches evidence to a node or relationship: a claim (quote and locator) from a document, shared when the same
 * quote at the same place supports several facts. A node links to it, a relationship lists its id, as the data
 * loader stores them; either stops being unsourced. A quote from a source document is checked as the data loader
 * checks it: it must stand in the lines cited, or somewhere in the document when no lines are cited.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
@Transactional
class EvidenceEditor {

	private final Neo4jClient client;

	private final NodeEditor nodes;

	private final RelationEditor relations;

	private final NodeStore nodeStore;

	private final RelationStore relationStore;

	private final AuditLog audit;

	private final SourceTexts sources;

	private final TextLimits limits;

	EvidenceEditor(Neo4jClient client, NodeEditor nodes, RelationEditor relations, NodeStore nodeStore,
			RelationStore relationStore, AuditLog audit, SourceTexts sources, TextLimits limits) {
		this.limits = limits;
		this.client = client;
		this.nodes = nodes;
		this.relations = relations;
		this.nodeStore = nodeStore;
		this.relationStore = relationStore;
		this.audit = audit;
		this.sources = sources;
	}

	Claim attach(Map<String, Object> input) {
		String target = String.valueOf(input.get("targetId"));
		long version = ((Number) input.get("version")).longValue();
		String document = String.valueOf(input.get("document"));
		FactInput check = new FactInput(this.limits);
		String quote = String.valueOf(input.get("quote")).strip();
		String locator = String.valueOf(input.get("locator")).strip();
		boolean quoteFits = check.withinLength("quote", quote, this.limits.quote());
		if (quote.isEmpty()) {
			check.problem("quote", "is required");
		}
		if (locator.isEmpty()) {
			check.problem("locator", "is required: a line, a page or a section");
		}
		check.withinLength("locator", locator, this.limits.locator());
		Integer line = (Integer) input.get("line");
		Integer lineTo = (Integer) input.get("lineTo");
		Map<String, Object> source = this.nodeStore.read(document).filter(d -> "DOCUMENT".equals(d.get("kind"))).orElse(null);
		if (source == null) {
			check.problem("document", "no document with the id '" + document + "'");
		}
		else if (!quote.isEmpty() && quoteFits) {
			cited(check, document, source, quote, line, lineTo);
		}
		check.throwIfAny();
		Claim claim = claim(document, quote, locator, line, lineTo);
		if (this.nodeStore.exists(target)) {
			Map<String, Object> current = this.nodes.locked(target, version);
			Map<String, Object> fact = sourced(current);
			this.nodeStore.replace(target, fact);
			this.client.query("MATCH (n:Entity {id: $id}) MATCH (c:Claim {id: $claim}) MERGE (n)-[:EVIDENCED_BY]->(c)")
				.bind(target).to("id").bind(claim.id()).to("claim").run();
			Map<String, Object> after = new HashMap<>(fact);
			after.put("claim", claim.id());
			this.audit.record(new AuditLog.Change(Action.ATTACH_EVIDENCE, NodeEditor.NODE, target,
					NodeEditor.version(fact), current, after, List.of(), null));
			return claim;
		}
		RelationStore.Stored current = this.relations.locked(target, version);
		Map<String, Object> properties = sourced(current.properties());
		@SuppressWarnings("unchecked")
		List<String> claims = new ArrayList<>((List<String>) current.properties().getOrDefault("claimIds", List.of()));
		if (!claims.contains(claim.id())) {
			claims.add(claim.id());
		}
		properties.put("claimIds", claims);
		this.relationStore.replace(target, properties);
		RelationStore.Stored changed = new RelationStore.Stored(current.type(), current.from(), current.to(), properties);
		this.audit.record(new AuditLog.Change(Action.ATTACH_EVIDENCE, RelationEditor.RELATION, target,
				NodeEditor.version(properties), current.snapshot(), changed.snapshot(),
				List.of(current.from(), current.to()), null));
		return claim;
	}

	/** The quote stands where it says, by the data loader's check; an external page has no lines to cite. */
	private void cited(FactInput check, String id, Map<String, Object> document, String quote, @Nullable Integer line,
			@Nullable Integer lineTo) {
		if (!"SOURCE".equals(document.get("documentKind"))) {
			if (line != null || lineTo != null) {
				check.problem("line", "'" + id + "' is an external page; give a locator, not lines");
			}
			return;
		}
		if (line == null && lineTo != null) {
			check.problem("line", "give the first line cited with lineTo");
			return;
		}
		List<String> lines = this.sources.lines(String.valueOf(document.get("file"))).orElse(null);
		if (lines == null) {
			check.problem("document", "the text of '" + id + "' is not available to check the quote against");
			return;
		}
		int from = line == null ? 1 : line;
		int to = lineTo != null ? lineTo : line != null ? line : lines.size();
		Quotes.check(id, lines, quote, from, to)
			.ifPresent(problem -> check.problem("lines".equals(problem.about()) ? "line" : "quote", problem.message()));
	}

	/** The fact with evidence: no longer unsourced, one version on, and edited rather than seed. */
	static Map<String, Object> sourced(Map<String, Object> current) {
		Map<String, Object> fact = new HashMap<>(current);
		fact.remove("unsourced");
		fact.put("version", NodeEditor.version(current) + 1);
		fact.put("seed", false);
		return fact;
	}

	private Claim claim(String document, String quote, String locator, @Nullable Integer line, @Nullable Integer lineTo) {
		String id = "claim-" + sha256(document + "|" + line + "|" + lineTo + "|" + locator + "|" + quote).substring(0, 16);
		Map<String, Object> properties = new HashMap<>();
		properties.put("id", id);
		properties.put("quote", quote);
		properties.put("locator", locator);
		properties.put("seed", false);
		if (line != null) {
			properties.put("line", line);
		}
		if (lineTo != null) {
			properties.put("lineTo", lineTo);
		}
		this.client.query("""
				MERGE (c:Claim {id: $id}) ON CREATE SET c = $properties
				WITH c MATCH (d:Entity {id: $document}) MERGE (c)-[:FROM_DOCUMENT]->(d)""")
			.bind(id).to("id").bind(properties).to("properties").bind(document).to("document").run();
		return new Claim(id, quote, null, locator, line, lineTo, document);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
