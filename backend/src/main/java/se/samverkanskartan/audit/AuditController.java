package se.samverkanskartan.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.graph.Page;
import se.samverkanskartan.graph.PageRequest;
import reactor.core.publisher.Mono;

import se.samverkanskartan.graph.GraphNode;

/** The audit trail overall and per fact, and each node's latest changes, batched. */
@Controller
class AuditController {

	private final AuditReader reader;

	AuditController(AuditReader reader, BatchLoaderRegistry registry) {
		this.reader = reader;
		registry.<String, List<AuditEntry>>forName("historyOf")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> reader.historyOf(ids)));
	}

	@QueryMapping
	Page<AuditEntry> auditTrail(@Argument @Nullable String entityId, @Argument @Nullable Map<String, Object> where,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Integer last,
			@Argument @Nullable String before) {
		return this.reader.page(entityId, where, PageRequest.of(first, after, last, before, AuditReader.PAGE));
	}

	@SchemaMapping(typeName = "Node", field = "history")
	CompletableFuture<List<AuditEntry>> history(GraphNode node, DataLoader<String, List<AuditEntry>> historyOf) {
		return historyOf.load(node.id());
	}

}
