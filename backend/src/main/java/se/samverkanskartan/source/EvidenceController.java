package se.samverkanskartan.source;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Relation;
import se.samverkanskartan.graph.Visibility;

/** The evidence behind every node, relationship and status, and the documents it comes from. */
@Controller
class EvidenceController {

	private final ClaimReader claims;

	private final Neo4jClient client;

	EvidenceController(ClaimReader claims, Neo4jClient client, BatchLoaderRegistry registry) {
		this.claims = claims;
		this.client = client;
		registry.<String, List<Claim>>forName("evidenceOf")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> claims.evidenceOf(ids)));
		registry.<String, Claim>forName("claimsById")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> claims.byIds(ids)));
	}

	@SchemaMapping(typeName = "Node", field = "evidence")
	CompletableFuture<List<Claim>> evidence(GraphNode node, DataLoader<String, List<Claim>> evidenceOf) {
		return evidenceOf.load(node.id());
	}

	@SchemaMapping(typeName = "Relation", field = "evidence")
	CompletableFuture<List<Claim>> relationEvidence(Relation relation, DataLoader<String, Claim> claimsById) {
		return claimsById.loadMany(relation.claimIds())
			.thenApply(found -> found.stream().filter(Objects::nonNull).toList());
	}

	@SchemaMapping(typeName = "Claim", field = "document")
	CompletableFuture<GraphNode> document(Claim claim, DataLoader<String, GraphNode> nodesById) {
		return nodesById.load(claim.documentId());
	}

	@QueryMapping
	List<GraphNode> documents() {
		return this.client.query("MATCH (n:Document) WHERE " + Visibility.node("n") + " RETURN n {.*} AS node ORDER BY n.id")
			.bind(Visibility.seeInternal()).to(Visibility.PARAMETER)
			.fetch().all().stream()
			.map(row -> NodeReader.node(row.get("node")))
			.toList();
	}

	@QueryMapping
	@Nullable Claim claim(@Argument String id) {
		return this.claims.byIds(List.of(id)).get(id);
	}

}
