package se.samverkanskartan.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.Provenance;

/**
 * What the data files hold, for a reviewer: per document, how many facts cite it with each provenance; the inferred
 * facts without a reason; and the nodes tied to nothing, which a source that names them should tie to others.
 */
record DataReport(Map<String, Map<Provenance, Integer>> factsPerDocument, Map<Provenance, Integer> factsWithoutEvidence,
		List<String> inferredWithoutReason, List<String> isolatedNodes) {

	static DataReport of(Seed.Catalogue catalogue) {
		Map<String, Map<Provenance, Integer>> perDocument = new TreeMap<>();
		Map<Provenance, Integer> withoutEvidence = new TreeMap<>();
		List<String> withoutReason = new ArrayList<>();
		List<Fact> facts = Stream.concat(
				catalogue.nodes().stream().filter(n -> n.kind() != NodeKind.DOCUMENT)
					.map(n -> new Fact(n.id(), n.provenance(), n.reason(), n.evidence())),
				catalogue.relations().stream().map(r -> new Fact(r.id(), r.provenance(), r.reason(), r.evidence())))
			.toList();
		for (Fact fact : facts) {
			Set<String> documents = new HashSet<>();
			fact.evidence().forEach(e -> documents.add(e.document()));
			documents.forEach(d -> perDocument.computeIfAbsent(d, k -> new TreeMap<>()).merge(fact.provenance(), 1, Integer::sum));
			if (documents.isEmpty()) {
				withoutEvidence.merge(fact.provenance(), 1, Integer::sum);
			}
			if (fact.provenance() == Provenance.INFERRED && (fact.reason() == null || fact.reason().isBlank())) {
				withoutReason.add(fact.id());
			}
		}
		Set<String> tied = new HashSet<>();
		catalogue.relations().forEach(r -> {
			tied.add(r.from());
			tied.add(r.to());
		});
		List<String> isolated = catalogue.nodes().stream()
			.filter(n -> n.kind() != NodeKind.DOCUMENT && !tied.contains(n.id()))
			.map(Seed.Node::id)
			.sorted()
			.toList();
		return new DataReport(perDocument, withoutEvidence, withoutReason, isolated);
	}

	/** The report as plain text, one line per document, then the lists (each expected to be empty). */
	String text() {
		StringBuilder text = new StringBuilder("Facts per document, by provenance:\n");
		this.factsPerDocument.forEach((document, counts) -> text.append("  ").append(document).append(": ")
			.append(counts).append('\n'));
		text.append("Facts without evidence (inferred from a reason only): ").append(this.factsWithoutEvidence).append('\n');
		text.append("Inferred facts without a reason: ").append(this.inferredWithoutReason).append('\n');
		text.append("Isolated nodes: ").append(this.isolatedNodes).append('\n');
		return text.toString();
	}

	private record Fact(String id, Provenance provenance, String reason, List<Seed.Evidence> evidence) {
	}

}
