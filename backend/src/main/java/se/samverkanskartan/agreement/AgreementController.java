package se.samverkanskartan.agreement;

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

/** Agreements, present or stated missing: their parties and what they govern. */
@Controller
class AgreementController {

	private final NodeReader reader;

	private final KnownIds known;

	AgreementController(NodeReader reader, KnownIds known) {
		this.reader = reader;
		this.known = known;
	}

	@QueryMapping
	Page<GraphNode> agreements(@Argument @Nullable String status, @Argument @Nullable String agreementKind,
			@Argument @Nullable String party, @Argument @Nullable LocalDate asOf,
			@Argument @Nullable Map<String, Object> where,
			@Argument @Nullable List<Map<String, Object>> sort, @Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Integer last, @Argument @Nullable String before) {
		// A party is whatever may be party to an agreement, as the relation rules say.
		this.known.require("party", party == null ? null : List.of(party), RelationType.PARTY_TO.from());
		return Where.page(this.reader, NodeKind.AGREEMENT, """
				MATCH (n:Agreement) WHERE %s
				  AND ($status IS NULL OR n.status = $status)
				  AND ($agreementKind IS NULL OR n.agreementKind = $agreementKind)
				  AND ($party IS NULL OR EXISTS { (n)<-[:PARTY_TO]-(:Entity {id: $party}) })"""
			.formatted(NodeReader.validOn("n")),
				this.reader.parameters(asOf, "status", status, "agreementKind", agreementKind, "party", party), where, sort, PageRequest.of(first, after, last, before, Paging.DEFAULT_PAGE));
	}

	@BatchMapping(typeName = "Agreement")
	Map<GraphNode, List<GraphNode>> parties(List<GraphNode> agreements, BatchLoaderEnvironment environment) {
		return this.reader.neighboursOf(agreements, environment, RelationType.PARTY_TO, Direction.INCOMING);
	}

	@BatchMapping(typeName = "Agreement")
	Map<GraphNode, List<GraphNode>> governs(List<GraphNode> agreements, BatchLoaderEnvironment environment) {
		return this.reader.neighboursOf(agreements, environment, RelationType.GOVERNS, Direction.OUTGOING);
	}

}
