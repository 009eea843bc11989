package se.samverkanskartan.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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
import se.samverkanskartan.graph.where.Where;

/** Groups: chefssamråd, operations groups, teams and working groups, and who takes part in them. */
@Controller
class GroupController {

	private final NodeReader reader;

	private final DependencyAnalysis dependencies;

	private final KnownIds known;

	GroupController(NodeReader reader, DependencyAnalysis dependencies, KnownIds known) {
		this.reader = reader;
		this.known = known;
		this.dependencies = dependencies;
	}

	@QueryMapping
	Page<GraphNode> groups(@Argument @Nullable String groupKind, @Argument @Nullable String region,
			@Argument @Nullable String careArea, @Argument @Nullable LocalDate asOf,
			@Argument @Nullable Map<String, Object> where,
			@Argument @Nullable List<Map<String, Object>> sort, @Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Integer last, @Argument @Nullable String before) {
		this.known.require("region", region, NodeKind.REGION);
		this.known.require("careArea", careArea, NodeKind.CARE_AREA);
		return Where.page(this.reader, NodeKind.GROUP, """
				MATCH (n:Group) WHERE %s
				  AND ($groupKind IS NULL OR n.groupKind = $groupKind)
				  AND ($careArea IS NULL OR EXISTS { (n)-[:CONCERNS]->(:CareArea {id: $careArea}) })
				  AND ($region IS NULL OR EXISTS { (n)<-[:PARTICIPATES_IN]-(p:Entity)
				       WHERE p.id = $region OR EXISTS { (:Region {id: $region})-[:OPERATES]->(p) }
				          OR EXISTS { (p)-[:BELONGS_TO]->(:Region {id: $region}) } })"""
			.formatted(NodeReader.validOn("n")),
				this.reader.parameters(asOf, "groupKind", groupKind, "region", region, "careArea", careArea), where, sort, PageRequest.of(first, after, last, before, Paging.DEFAULT_PAGE));
	}

	@BatchMapping(typeName = "Group")
	Map<GraphNode, List<GraphNode>> participants(List<GraphNode> groups, BatchLoaderEnvironment environment) {
		return this.reader.neighboursOf(groups, environment, RelationType.PARTICIPATES_IN, Direction.INCOMING);
	}

	@QueryMapping
	List<Dependency> singlePointsOfDependency(@Argument @Nullable LocalDate asOf) {
		return this.dependencies.find(this.reader.asOf(asOf));
	}

}
