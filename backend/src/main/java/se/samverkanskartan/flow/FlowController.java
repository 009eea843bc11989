package se.samverkanskartan.flow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.KnownIds;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Page;
import se.samverkanskartan.graph.PageRequest;
import se.samverkanskartan.graph.Paging;
import se.samverkanskartan.graph.Relation.Direction;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.graph.Visibility;
import se.samverkanskartan.graph.where.Where;

/** Flows of patients, operations and staff, and where they come from and go. */
@Controller
class FlowController {

	private final NodeReader reader;

	private final KnownIds known;

	FlowController(NodeReader reader, KnownIds known) {
		this.reader = reader;
		this.known = known;
	}

	@QueryMapping
	Page<GraphNode> flows(@Argument @Nullable String region, @Argument @Nullable String careArea,
			@Argument @Nullable String hospital, @Argument @Nullable LocalDate asOf,
			@Argument @Nullable Map<String, Object> where,
			@Argument @Nullable List<Map<String, Object>> sort, @Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Integer last, @Argument @Nullable String before) {
		this.known.require("region", region, NodeKind.REGION);
		this.known.require("careArea", careArea, NodeKind.CARE_AREA);
		this.known.require("hospital", hospital, NodeKind.HOSPITAL);
		return Where.page(this.reader, NodeKind.FLOW, """
				MATCH (n:Flow) WHERE %s
				  AND ($careArea IS NULL OR EXISTS { (n)-[:CONCERNS]->(:CareArea {id: $careArea}) })
				  AND ($hospital IS NULL OR EXISTS { (n)-[:FROM|TO|BETWEEN]->(:Entity {id: $hospital}) })
				  AND ($region IS NULL OR EXISTS { (n)-[:FROM|TO|BETWEEN]->(p:Entity)
				       WHERE p.id = $region OR EXISTS { (:Region {id: $region})-[:OPERATES]->(p) } })"""
			.formatted(NodeReader.validOn("n")),
				this.reader.parameters(asOf, "region", region, "careArea", careArea, "hospital", hospital), where, sort, PageRequest.of(first, after, last, before, Paging.DEFAULT_PAGE));
	}

	/** One count query over the list's selection, whatever page was read, and one read of the care areas counted. */
	@SchemaMapping(typeName = "FlowConnection")
	List<CareAreaCount> countsByCareArea(Page<GraphNode> page) {
		Map<@Nullable Object, Long> counts = this.reader.countBy(page.requireSelection(), """
				COLLECT { MATCH (n)-[r:CONCERNS]->(c:CareArea) WHERE %s AND %s AND %s RETURN c.id }"""
			.formatted(NodeReader.validOn("r"), NodeReader.validOn("c"), Visibility.node("c")));
		Map<String, GraphNode> careAreas = this.reader.byIds(counts.keySet().stream().filter(Objects::nonNull)
			.map(String.class::cast).toList());
		return counts.entrySet().stream()
			.map(count -> new CareAreaCount(count.getKey() == null ? null : careAreas.get(count.getKey()), count.getValue()))
			.toList();
	}

	/** How many flows concern one care area; null for those that concern none. */
	record CareAreaCount(@Nullable GraphNode careArea, long count) {
	}

	@BatchMapping(typeName = "Flow")
	Map<GraphNode, List<GraphNode>> from(List<GraphNode> flows, BatchLoaderEnvironment environment) {
		return this.reader.neighboursOf(flows, environment, RelationType.FROM, Direction.OUTGOING);
	}

	@BatchMapping(typeName = "Flow")
	Map<GraphNode, List<GraphNode>> to(List<GraphNode> flows, BatchLoaderEnvironment environment) {
		return this.reader.neighboursOf(flows, environment, RelationType.TO, Direction.OUTGOING);
	}

	@BatchMapping(typeName = "Flow")
	Map<GraphNode, List<GraphNode>> between(List<GraphNode> flows, BatchLoaderEnvironment environment) {
		return this.reader.neighboursOf(flows, environment, RelationType.BETWEEN, Direction.OUTGOING);
	}

}
