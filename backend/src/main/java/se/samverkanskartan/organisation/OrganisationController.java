package se.samverkanskartan.organisation;

import java.time.LocalDate;
import java.util.HashMap;
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

/** Healthcare regions, regions and hospitals, and how they belong together. */
@Controller
class OrganisationController {

	private final NodeReader reader;

	private final CooperationReader cooperation;

	private final KnownIds known;

	OrganisationController(NodeReader reader, CooperationReader cooperation, KnownIds known) {
		this.reader = reader;
		this.known = known;
		this.cooperation = cooperation;
	}

	@QueryMapping
	@Nullable HospitalCooperation cooperation(@Argument String hospital, @Argument @Nullable LocalDate asOf) {
		this.known.require("hospital", hospital, NodeKind.HOSPITAL);
		return this.cooperation.read(hospital, this.reader.asOf(asOf));
	}

	@QueryMapping
	List<GraphNode> healthcareRegions(@Argument @Nullable LocalDate asOf) {
		return this.reader.list("MATCH (n:HealthcareRegion) WHERE " + NodeReader.validOn("n"),
				this.reader.parameters(asOf), 1000);
	}

	@QueryMapping
	List<GraphNode> regions(@Argument @Nullable String healthcareRegion, @Argument @Nullable LocalDate asOf) {
		this.known.require("healthcareRegion", healthcareRegion, NodeKind.HEALTHCARE_REGION);
		return this.reader.list("""
				MATCH (n:Region) WHERE %s
				  AND ($hr IS NULL OR EXISTS { (n)-[m:MEMBER_OF]->(:HealthcareRegion {id: $hr}) WHERE %s })"""
			.formatted(NodeReader.validOn("n"), NodeReader.validOn("m")), this.reader.parameters(asOf, "hr", healthcareRegion), 1000);
	}

	@QueryMapping
	Page<GraphNode> hospitals(@Argument @Nullable String region, @Argument @Nullable String healthcareRegion,
			@Argument @Nullable LocalDate asOf,
			@Argument @Nullable Map<String, Object> where,
			@Argument @Nullable List<Map<String, Object>> sort, @Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Integer last, @Argument @Nullable String before) {
		this.known.require("region", region, NodeKind.REGION);
		this.known.require("healthcareRegion", healthcareRegion, NodeKind.HEALTHCARE_REGION);
		Map<String, Object> parameters = this.reader.parameters(asOf, "region", region, "hr", healthcareRegion);
		return Where.page(this.reader, NodeKind.HOSPITAL, """
				MATCH (n:Hospital) WHERE %s
				  AND ($region IS NULL OR EXISTS { (:Region {id: $region})-[:OPERATES]->(n) })
				  AND ($hr IS NULL OR EXISTS { (n)<-[:OPERATES]-(:Region)-[:MEMBER_OF]->(:HealthcareRegion {id: $hr}) })"""
			.formatted(NodeReader.validOn("n")),
				parameters, where, sort, PageRequest.of(first, after, last, before, Paging.DEFAULT_PAGE));
	}

	@BatchMapping(typeName = "HealthcareRegion")
	Map<GraphNode, List<GraphNode>> regions(List<GraphNode> healthcareRegions, BatchLoaderEnvironment environment) {
		return this.reader.neighboursOf(healthcareRegions, environment, RelationType.MEMBER_OF, Direction.INCOMING, NodeKind.REGION);
	}

	@BatchMapping(typeName = "Region")
	Map<GraphNode, List<GraphNode>> healthcareRegions(List<GraphNode> regions, BatchLoaderEnvironment environment) {
		return this.reader.neighboursOf(regions, environment, RelationType.MEMBER_OF, Direction.OUTGOING, NodeKind.HEALTHCARE_REGION);
	}

	@BatchMapping(typeName = "Region")
	Map<GraphNode, List<GraphNode>> hospitals(List<GraphNode> regions, BatchLoaderEnvironment environment) {
		return this.reader.neighboursOf(regions, environment, RelationType.OPERATES, Direction.OUTGOING, NodeKind.HOSPITAL);
	}

	@BatchMapping(typeName = "Hospital")
	Map<GraphNode, @Nullable GraphNode> region(List<GraphNode> hospitals, BatchLoaderEnvironment environment) {
		Map<GraphNode, List<GraphNode>> operators = this.reader.neighboursOf(hospitals, environment, RelationType.OPERATES, Direction.INCOMING,
				NodeKind.REGION);
		Map<GraphNode, @Nullable GraphNode> regions = new HashMap<>();
		operators.forEach((hospital, found) -> regions.put(hospital, found.isEmpty() ? null : found.getFirst()));
		return regions;
	}

}
