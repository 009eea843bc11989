package se.samverkanskartan.editing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.GraphNode;

/**
 * The {@code BulkNodesPayload} of the schema: what a bulk write wrote, or, when it wrote nothing, why.
 *
 * @param applied whether the nodes were written
 * @param nodes the nodes as written, in the order of the inputs
 * @param created the ids created
 * @param updated the ids changed
 * @param errors every problem, by the index of its input
 */
record BulkNodesPayload(boolean applied, List<GraphNode> nodes, List<String> created, List<String> updated,
		List<ItemError> errors) {

	static BulkNodesPayload refused(List<ItemError> errors) {
		return new BulkNodesPayload(false, List.of(), List.of(), List.of(), errors);
	}

	/** A problem with one input, classified as a mutation's error would be ({@link EditErrors}). */
	record ItemError(int index, @Nullable String id, String field, String message, String classification,
			@Nullable Long currentVersion) {

		static ItemError badRequest(int index, @Nullable String id, String field, String message) {
			return new ItemError(index, id, field, field + ": " + message, "BAD_REQUEST", null);
		}

		static List<ItemError> of(int index, @Nullable String id, EditException refusal) {
			return switch (refusal) {
				case EditException.Invalid invalid -> invalid.problems().stream()
					.map(problem -> badRequest(index, id, problem.field(), problem.message()))
					.toList();
				case EditException.Conflict conflict -> List.of(new ItemError(index, id, "version", conflict.getMessage(),
						EditErrors.EditErrorType.CONFLICT.name(), conflict.currentVersion()));
				case EditException.NotFound notFound -> List.of(new ItemError(index, id, notFound.field(),
						notFound.getMessage(), "NOT_FOUND", null));
			};
		}

	}

}
