package se.samverkanskartan.editing;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The bulk writes. The inputs are read as GraphQL gives them, so that a field left out differs from a null. */
@Controller
class BulkNodesController {

	private final BulkNodeEditor bulk;

	BulkNodesController(BulkNodeEditor bulk) {
		this.bulk = bulk;
	}

	@MutationMapping
	BulkNodesPayload createNodes(DataFetchingEnvironment environment) {
		return this.bulk.create(environment.getArgument("inputs"));
	}

	@MutationMapping
	BulkNodesPayload upsertNodes(DataFetchingEnvironment environment) {
		return this.bulk.upsert(environment.getArgument("inputs"));
	}

}
