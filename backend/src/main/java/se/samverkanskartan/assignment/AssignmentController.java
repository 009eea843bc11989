package se.samverkanskartan.assignment;

import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.KnownIds;
import se.samverkanskartan.graph.LatestStatus;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Page;
import se.samverkanskartan.graph.PageRequest;
import se.samverkanskartan.graph.Paging;
import se.samverkanskartan.graph.Relation;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.graph.where.Where;
import se.samverkanskartan.source.Claim;

/** Assignments, their reported statuses and what they target. */
@Controller
class AssignmentController {

	private final NodeReader reader;

	private final KnownIds known;

	AssignmentController(NodeReader reader, StatusReader statuses, KnownIds known, BatchLoaderRegistry registry) {
		this.reader = reader;
		this.known = known;
		registry.<String, List<StatusObservation>>forName("statusesOf")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> statuses.statusesOf(ids)));
	}

	@QueryMapping
	Page<GraphNode> assignments(@Argument @Nullable String status, @Argument @Nullable String assignmentKind,
			@Argument @Nullable String region, @Argument @Nullable String hospital, @Argument @Nullable LocalDate asOf,
			@Argument @Nullable Map<String, Object> where,
			@Argument @Nullable List<Map<String, Object>> sort, @Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Integer last, @Argument @Nullable String before) {
		this.known.require("region", region, NodeKind.REGION);
		this.known.require("hospital", hospital, NodeKind.HOSPITAL);
		return Where.page(this.reader, NodeKind.ASSIGNMENT, """
				MATCH (n:Assignment) WHERE %s
				  AND ($assignmentKind IS NULL OR n.assignmentKind = $assignmentKind)
				  AND ($status IS NULL OR %s = $status)
				  AND ($hospital IS NULL OR EXISTS { (n)-[:TARGETS]->(:Entity {id: $hospital}) })
				  AND ($region IS NULL OR EXISTS { (n)-[:TARGETS|ASSIGNED_TO]->(t:Entity)
				       WHERE t.id = $region OR EXISTS { (:Region {id: $region})-[:OPERATES]->(t) }
				          OR EXISTS { (t)-[:BELONGS_TO]->(:Region {id: $region}) } })"""
			.formatted(NodeReader.validOn("n"), LatestStatus.state("n")),
				this.reader.parameters(asOf, "status", status, "assignmentKind", assignmentKind, "region", region,
						"hospital", hospital), where, sort, PageRequest.of(first, after, last, before, Paging.DEFAULT_PAGE));
	}

	/** One count query over the list's selection, whatever page was read. */
	@SchemaMapping(typeName = "AssignmentConnection")
	List<StatusCount> countsByStatus(Page<GraphNode> page) {
		return this.reader.countBy(page.requireSelection(), "[" + LatestStatus.state("n") + "]").entrySet().stream()
			.map(count -> new StatusCount((String) count.getKey(), count.getValue()))
			.toList();
	}

	/** How many assignments have one latest status; null for those without an observation. */
	record StatusCount(@Nullable String status, long count) {
	}

	@SchemaMapping(typeName = "Assignment")
	CompletableFuture<List<StatusObservation>> statuses(GraphNode assignment,
			DataLoader<String, List<StatusObservation>> statusesOf) {
		return statusesOf.load(assignment.id());
	}

	@SchemaMapping(typeName = "Assignment")
	CompletableFuture<@Nullable StatusObservation> latestStatus(GraphNode assignment, @Argument @Nullable LocalDate asOf,
			DataLoader<String, List<StatusObservation>> statusesOf) {
		LocalDate date = this.reader.asOf(asOf);
		return statusesOf.load(assignment.id())
			.thenApply(all -> all.stream().filter(s -> !s.date().isAfter(date)).reduce((a, b) -> b).orElse(null));
	}

	@SchemaMapping(typeName = "Assignment")
	CompletableFuture<List<Relation>> targets(GraphNode assignment,
			DataLoader<NodeReader.OnDay, List<Relation>> relationsOf, DataFetchingEnvironment environment) {
		return relationsOf.load(NodeReader.OnDay.of(assignment, environment))
			.thenApply(all -> all.stream()
				.filter(r -> r.type() == RelationType.TARGETS && r.direction() == Relation.Direction.OUTGOING)
				.toList());
	}

	@SchemaMapping(typeName = "StatusObservation")
	CompletableFuture<List<Claim>> evidence(StatusObservation status, DataLoader<String, List<Claim>> evidenceOf) {
		return evidenceOf.load(status.id());
	}

}
