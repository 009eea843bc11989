package se.samverkanskartan.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Visibility;
import se.samverkanskartan.organisation.HospitalCooperation.Partner;

/**
 * Answers "who does this hospital cooperate with": the groups, flows, assignments and facilities it is tied to,
 * the other organisations tied to the same, the care areas concerned and the agreements that govern them.
 */
@Component
class CooperationReader {

	private static final String QUERY = """
			MATCH (h:Hospital {id: $id})
			MATCH (h)-[r:PARTICIPATES_IN|FROM|TO|BETWEEN|TARGETS|SUPPORTS|PARTY_TO]-(c:Entity)
			WHERE c.kind IN ['GROUP', 'FLOW', 'ASSIGNMENT', 'FACILITY', 'AGREEMENT'] AND %1$s AND %2$s AND %6$s AND %7$s
			WITH h, c
			OPTIONAL MATCH (c)-[r2:PARTICIPATES_IN|FROM|TO|BETWEEN|TARGETS|SUPPORTS|PARTY_TO]-(p:Entity)
			WHERE p <> h AND p.kind IN ['HOSPITAL', 'REGION', 'PRIVATE_PROVIDER', 'HEALTHCARE_REGION', 'MUNICIPALITY', 'FACILITY']
			  AND %3$s AND %4$s AND %8$s AND %9$s
			WITH h, c, collect(DISTINCT p {.*}) AS partners
			OPTIONAL MATCH (c)-[ca:CONCERNS]->(a:CareArea) WHERE %10$s AND %12$s AND %13$s AND %14$s
			WITH h, c, partners, collect(DISTINCT a {.*}) AS areas
			OPTIONAL MATCH (g:Agreement)-[gv:GOVERNS]->(c) WHERE %5$s AND %11$s AND %15$s AND %16$s
			RETURN c {.*} AS cooperation, partners, areas, collect(DISTINCT g {.*}) AS agreements
			ORDER BY cooperation.kind, cooperation.name""".formatted(NodeReader.validOn("c"), NodeReader.validOn("r"),
			NodeReader.validOn("p"), NodeReader.validOn("r2"), NodeReader.validOn("g"), Visibility.node("c"),
			Visibility.relation("r"), Visibility.node("p"), Visibility.relation("r2"), Visibility.node("a"), Visibility.node("g"),
			// Every step of the way, relationships included, is valid on the date and visible to the caller.
			Visibility.relation("ca"), NodeReader.validOn("ca"), NodeReader.validOn("a"), Visibility.relation("gv"),
			NodeReader.validOn("gv"));

	private final Neo4jClient client;

	private final NodeReader reader;

	CooperationReader(Neo4jClient client, NodeReader reader) {
		this.client = client;
		this.reader = reader;
	}

	@SuppressWarnings("unchecked")
	@Nullable HospitalCooperation read(String hospitalId, LocalDate asOf) {
		GraphNode hospital = this.reader.byId(hospitalId);
		if (hospital == null || hospital.kind() != NodeKind.HOSPITAL) {
			return null;
		}
		Map<String, GraphNode> cooperation = new LinkedHashMap<>();
		Map<String, GraphNode> careAreas = new LinkedHashMap<>();
		Map<String, GraphNode> agreements = new LinkedHashMap<>();
		Map<String, GraphNode> partnerNodes = new LinkedHashMap<>();
		Map<String, Map<String, GraphNode>> partnerVia = new LinkedHashMap<>();
		Map<String, Map<String, GraphNode>> partnerAreas = new LinkedHashMap<>();
		for (Map<String, Object> row : this.client.query(QUERY).bind(hospitalId).to("id").bind(asOf).to("asOf")
				.bind(Visibility.seeInternal()).to(Visibility.PARAMETER).fetch().all()) {
			GraphNode via = NodeReader.node(row.get("cooperation"));
			List<GraphNode> areas = ((List<Object>) row.get("areas")).stream().map(NodeReader::node).toList();
			cooperation.put(via.id(), via);
			areas.forEach(a -> careAreas.put(a.id(), a));
			((List<Object>) row.get("agreements")).stream().map(NodeReader::node).forEach(a -> agreements.put(a.id(), a));
			if (via.kind() == NodeKind.AGREEMENT) {
				agreements.put(via.id(), via);
			}
			for (Object projection : (List<Object>) row.get("partners")) {
				GraphNode partner = NodeReader.node(projection);
				partnerNodes.put(partner.id(), partner);
				partnerVia.computeIfAbsent(partner.id(), id -> new LinkedHashMap<>()).put(via.id(), via);
				areas.forEach(a -> partnerAreas.computeIfAbsent(partner.id(), id -> new LinkedHashMap<>()).put(a.id(), a));
			}
		}
		List<Partner> partners = new ArrayList<>();
		partnerNodes.forEach((id, partner) -> partners.add(new Partner(partner, List.copyOf(partnerVia.get(id).values()),
				List.copyOf(partnerAreas.getOrDefault(id, Map.of()).values()))));
		return new HospitalCooperation(hospital, partners, ofKind(cooperation, NodeKind.GROUP),
				ofKind(cooperation, NodeKind.FLOW), ofKind(cooperation, NodeKind.ASSIGNMENT),
				List.copyOf(agreements.values()), List.copyOf(careAreas.values()));
	}

	private static List<GraphNode> ofKind(Map<String, GraphNode> nodes, NodeKind kind) {
		return nodes.values().stream().filter(n -> n.kind() == kind).toList();
	}

}
