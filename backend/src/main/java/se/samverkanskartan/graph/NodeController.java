package se.samverkanskartan.graph;

import java.util.List;
import java.util.Map;
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

import se.samverkanskartan.graph.Relation.Direction;

/** Any node by id, and the relationships of every node, resolved in batches. */
@Controller
class NodeController {

	private final NodeReader reader;

	NodeController(NodeReader reader, BatchLoaderRegistry registry) {
		this.reader = reader;
		registry.<String, GraphNode>forName("nodesById")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> reader.byIds(ids)));
		registry.<NodeReader.OnDay, List<Relation>>forName("relationsOf")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> reader.relationsOn(keys)));
	}

	@QueryMapping
	@Nullable GraphNode node(@Argument String id) {
		return this.reader.byId(id);
	}

	@QueryMapping
	List<@Nullable GraphNode> nodes(@Argument List<String> ids) {
		Map<String, GraphNode> found = this.reader.byIds(ids);
		return ids.stream().map(found::get).toList();
	}

	@SchemaMapping(typeName = "Node", field = "relations")
	CompletableFuture<List<Relation>> relations(GraphNode node, @Argument @Nullable List<RelationType> types,
			@Argument @Nullable Direction direction, DataLoader<NodeReader.OnDay, List<Relation>> relationsOf,
			DataFetchingEnvironment environment) {
		return relationsOf.load(NodeReader.OnDay.of(node, environment)).thenApply(all -> all.stream()
			.filter(r -> types == null || types.isEmpty() || types.contains(r.type()))
			.filter(r -> direction == null || r.direction() == direction)
			.toList());
	}

	@SchemaMapping(typeName = "Relation", field = "other")
	CompletableFuture<GraphNode> other(Relation relation, DataLoader<String, GraphNode> nodesById) {
		return nodesById.load(relation.otherId());
	}

}
