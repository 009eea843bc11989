package se.samverkanskartan.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.PartialDate;
import se.samverkanskartan.graph.PropertyType;
import se.samverkanskartan.graph.Provenance;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.source.Seed.Evidence;
import se.samverkanskartan.source.Seed.Status;

/** Turns the entries of the data files into checked facts, noting every problem with its place. */
final class SeedParser {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Set<String> NODE_FIELDS = Set.of("id", "kind", "name", "aliases", "description", "provenance",
			"reason", "validFrom", "validTo", "internal", "properties", "evidence", "statuses", "@line");

	private static final Set<String> RELATION_FIELDS = Set.of("id", "type", "from", "to", "provenance", "reason",
			"validFrom", "validTo", "internal", "properties", "evidence", "@line");

	private final EvidenceParser evidence;

	private final StatusParser statuses;

	private final Map<String, EvidenceParser.DocumentText> documents;

	private final List<DataProblem> problems;

	SeedParser(Map<String, EvidenceParser.DocumentText> documents, List<DataProblem> problems) {
		this.documents = documents;
		this.evidence = new EvidenceParser(documents, problems);
		this.statuses = new StatusParser(this.evidence, problems);
		this.problems = problems;
	}

	Seed.@Nullable Node node(DataEntry entry) {
		unknownFields(entry, NODE_FIELDS);
		String id = id(entry);
		NodeKind kind = NodeKind.ofLabel(String.valueOf(entry.values().get("kind"))).orElse(null);
		if (kind == null || kind == NodeKind.DOCUMENT) {
			problem(entry, "kind: must be one of " + nodeKinds() + ", was '" + entry.values().get("kind") + "'");
		}
		String name = entry.text("name");
		if (name == null || name.isBlank()) {
			problem(entry, "name: is required");
		}
		List<Evidence> evidence = this.evidence.parse(entry, entry.list("evidence"));
		Provenance provenance = provenance(entry, evidence);
		Map<String, Object> properties = kind == null ? Map.of() : properties(entry, kind.properties());
		List<Status> statuses = this.statuses.parse(entry, kind);
		if (id == null || kind == null || name == null || provenance == null) {
			return null;
		}
		return new Seed.Node(id, kind, name.strip(), texts(entry, "aliases"), entry.text("description"), provenance,
				entry.text("reason"), date(entry, "validFrom"), date(entry, "validTo"), internal(entry), properties, evidence,
				statuses, entry);
	}

	Seed.@Nullable Relation relation(DataEntry entry) {
		unknownFields(entry, RELATION_FIELDS);
		RelationType type = null;
		try {
			type = RelationType.valueOf(String.valueOf(entry.values().get("type")));
		}
		catch (IllegalArgumentException ex) {
			problem(entry, "type: must be one of " + List.of(RelationType.values()) + ", was '" + entry.values().get("type") + "'");
		}
		String from = entry.text("from");
		String to = entry.text("to");
		if (from == null || to == null) {
			problem(entry, "from and to: both are required (node ids)");
		}
		List<Evidence> evidence = this.evidence.parse(entry, entry.list("evidence"));
		Provenance provenance = provenance(entry, evidence);
		Map<String, Object> properties = type == null ? Map.of() : properties(entry, type.properties());
		String id = entry.text("id") != null ? id(entry) : from + "--" + type + "--" + to;
		if (type == null || from == null || to == null || provenance == null || id == null) {
			return null;
		}
		return new Seed.Relation(id, type, from, to, provenance, entry.text("reason"), date(entry, "validFrom"),
				date(entry, "validTo"), internal(entry), properties, evidence, entry);
	}

	/** A document becomes a node of kind DOCUMENT, so facts and the API can point at it like at any node. */
	Seed.@Nullable Node document(DataEntry entry) {
		unknownFields(entry, Set.of("id", "kind", "file", "url", "title", "publisher", "date", "ocr", "diarienummer",
				"description", "@line"));
		String id = id(entry);
		String title = entry.text("title");
		if (title == null) {
			problem(entry, "title: is required");
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("documentKind", entry.text("kind"));
		properties.put("ocr", "true".equals(entry.text("ocr")));
		for (String key : List.of("file", "url", "publisher", "date", "diarienummer")) {
			if (entry.text(key) != null) {
				properties.put(key, entry.text(key));
			}
		}
		if (entry.text("url") != null && !PropertyType.WebAddress.isWebAddress(entry.text("url").strip())) {
			// The UI renders the url as a link: only a web address, never javascript: or the like.
			problem(entry, "url: must be an http or https address such as https://example.org/page, was '"
					+ entry.text("url") + "'");
		}
		if ("EXTERNAL".equals(entry.text("kind"))) {
			String url = entry.text("url");
			if (url == null || url.isBlank()) {
				problem(entry, "url: an EXTERNAL document needs the public http(s) address of the page its facts come from");
			}
			else if (Briefs.cites(url) || url.contains("localhost")) {
				problem(entry, "url: '" + url + "' is not a public page; an EXTERNAL fact cites the page it comes from, not a brief");
			}
			if (title != null && Briefs.cites(title)) {
				problem(entry, "title: '" + title + "' names a brief; an EXTERNAL document is a public page");
			}
		}
		if (id == null || title == null) {
			return null;
		}
		boolean external = this.documents.get(id) == null || this.documents.get(id).external();
		return new Seed.Node(id, NodeKind.DOCUMENT, title, List.of(), entry.text("description"),
				external ? Provenance.EXTERNAL : Provenance.STATED, null, null, null, false, properties, List.of(), List.of(),
				entry);
	}

	private @Nullable Provenance provenance(DataEntry entry, List<Evidence> evidence) {
		String given = entry.text("provenance");
		if (given != null) {
			try {
				Provenance provenance = Provenance.valueOf(given);
				// Quotes show what an inference starts from, not why it follows: the reason is always required.
				if (provenance == Provenance.INFERRED && (entry.text("reason") == null || entry.text("reason").isBlank())) {
					problem(entry, "reason: an INFERRED fact needs a reason saying why it follows from the sources");
				}
				else if (provenance != Provenance.INFERRED && evidence.isEmpty() && entry.list("evidence").isEmpty()) {
					problem(entry, "evidence: a " + provenance + " fact needs at least one quote");
				}
				return provenance;
			}
			catch (IllegalArgumentException ex) {
				problem(entry, "provenance: must be STATED, INFERRED or EXTERNAL, was '" + given + "'");
				return null;
			}
		}
		if (!evidence.isEmpty()) {
			boolean external = evidence.stream().allMatch(e -> this.documents.get(e.document()).external());
			return external ? Provenance.EXTERNAL : Provenance.STATED;
		}
		if (entry.text("reason") != null) {
			return Provenance.INFERRED;
		}
		if (entry.list("evidence").isEmpty()) {
			problem(entry, "evidence: give at least one quote, or a reason for an inferred fact");
		}
		return null;
	}

	private Map<String, Object> properties(DataEntry entry, Map<String, PropertyType> allowed) {
		Object raw = entry.values().get("properties");
		if (raw == null) {
			return Map.of();
		}
		if (!(raw instanceof Map<?, ?> given)) {
			problem(entry, "properties: must be a map");
			return Map.of();
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		given.forEach((key, value) -> {
			if ("@line".equals(key) || "statuses".equals(key) && allowed == NodeKind.ASSIGNMENT.properties()) {
				return;
			}
			PropertyType type = allowed.get(key.toString());
			if (type == null) {
				problem(entry, "properties." + key + ": not a property of this kind; allowed are " + allowed.keySet().stream().sorted().toList());
				return;
			}
			try {
				properties.put(key.toString(), type.convert(value));
			}
			catch (IllegalArgumentException ex) {
				problem(entry, "properties." + key + ": " + ex.getMessage());
			}
		});
		return properties;
	}

	static @Nullable PartialDate date(DataEntry entry, String field, List<DataProblem> problems) {
		String text = entry.text(field);
		if (text == null) {
			return null;
		}
		try {
			return PartialDate.parse(text.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new DataProblem(entry.file(), entry.line(), entry.label(), field + ": " + ex.getMessage()));
			return null;
		}
	}

	private @Nullable PartialDate date(DataEntry entry, String field) {
		return date(entry, field, this.problems);
	}

	/** {@code internal: true} keeps a fact from viewers; it is shown to editors and administrators only. */
	private boolean internal(DataEntry entry) {
		String internal = entry.text("internal");
		if (internal != null && !internal.equals("true") && !internal.equals("false")) {
			problem(entry, "internal: must be true or false, was '" + internal + "'");
		}
		return "true".equals(internal);
	}

	private @Nullable String id(DataEntry entry) {
		String id = entry.text("id");
		if (id == null || !SLUG.matcher(id).matches()) {
			problem(entry, "id: must be a lower-case slug of a-z, 0-9 and single hyphens, was '" + id + "'");
			return null;
		}
		return id;
	}

	private List<String> texts(DataEntry entry, String field) {
		return entry.list(field).stream().map(String::valueOf).toList();
	}

	private void unknownFields(DataEntry entry, Set<String> allowed) {
		entry.values().keySet().stream().filter(key -> !allowed.contains(key))
			.forEach(key -> problem(entry, "unknown field '" + key + "'"));
	}

	private void problem(DataEntry entry, String message) {
		this.problems.add(new DataProblem(entry.file(), entry.line(), entry.label(), message));
	}

	private static List<String> nodeKinds() {
		return java.util.Arrays.stream(NodeKind.values()).filter(k -> k != NodeKind.DOCUMENT).map(NodeKind::label).toList();
	}

}
