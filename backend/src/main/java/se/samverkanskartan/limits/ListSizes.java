package se.samverkanskartan.limits;

import java.util.List;
import java.util.Map;

import graphql.analysis.QueryVisitorFieldEnvironment;
import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.Paging;

/**
 * How many items a list field is taken to return when the cost of a query is estimated. A field that is sliced
 * by an argument ({@code first}, the {@code ids} asked for, the {@code depth} of a neighbourhood, the {@code inputs}
 * of a bulk write) counts what the argument allows; the rest count the figure below, chosen a little above what the
 * graph holds today (214 nodes, 362 relationships, at most 28 relationships on one node), or {@link #DEFAULT} when a
 * list is not named.
 */
final class ListSizes {

	/** Any list not named below: aliases, sites, care areas of a node and the like. */
	static final int DEFAULT = 10;

	/** The page size of a connection without {@code first}, as the readers apply it ({@code Paging}). */
	static final int DEFAULT_PAGE = 50;

	/** By {@code Type.field}, then by field name alone (so that it holds for every type implementing Node). */
	private static final Map<String, Integer> SIZES = Map.ofEntries(
			Map.entry("relations", 30),
			Map.entry("evidence", 10),
			Map.entry("history", 20),
			Map.entry("participants", 30),
			Map.entry("parties", 20),
			Map.entry("governs", 20),
			Map.entry("Network.nodes", 500),
			Map.entry("Network.edges", 1000),
			Map.entry("Query.documents", 200),
			Map.entry("Query.timeline", 500),
			Map.entry("Query.healthcareRegions", 10),
			Map.entry("Query.regions", 30),
			Map.entry("Query.singlePointsOfDependency", 200),
			Map.entry("AgreementGapReport.stated", 100),
			Map.entry("AgreementGapReport.derived", 100),
			Map.entry("AgreementGapReport.perRegion", 30),
			Map.entry("ChangeSet.added", 500),
			Map.entry("ChangeSet.removed", 500),
			Map.entry("ChangeSet.changed", 500),
			Map.entry("Region.hospitals", 30),
			Map.entry("HospitalCooperation.partners", 50),
			Map.entry("HospitalCooperation.groups", 50),
			Map.entry("HospitalCooperation.flows", 50),
			Map.entry("HospitalCooperation.assignments", 50),
			Map.entry("HospitalCooperation.agreements", 50));

	/** The relationships of one node, by which a neighbourhood of depth d holds at most this to the power d nodes. */
	private static final int FAN_OUT = SIZES.get("relations");

	private ListSizes() {
	}

	/**
	 * A {@code first} counts what it can return: every list refuses one over {@link Paging#MAX_PAGE} with a
	 * BAD_REQUEST naming {@code first}, which says more than the cost limit would.
	 */
	private static long sliced(int first) {
		return Math.clamp(first, 0, Paging.MAX_PAGE);
	}

	/** A page's size, {@code first} forward or {@code last} backward. */
	private static @Nullable Object pageSize(Map<String, Object> arguments) {
		return arguments.get("first") != null ? arguments.get("first") : arguments.get("last");
	}

	static long of(QueryVisitorFieldEnvironment field) {
		Map<String, Object> arguments = field.getArguments();
		String name = field.getFieldDefinition().getName();
		if (pageSize(arguments) instanceof Integer first) {
			return sliced(first);
		}
		if (arguments.get("ids") instanceof List<?> ids) {
			return ids.size();
		}
		@Nullable QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
		if (parent != null && parent.getArguments().get("inputs") instanceof List<?> inputs) {
			// What a bulk write answers (its nodes, ids and errors) is as long as what it was given.
			return inputs.size();
		}
		if (name.equals("edges") && field.getFieldsContainer().getName().endsWith("Connection")) {
			// A page: as long as the connection's first, or the default page.
			return parent != null && pageSize(parent.getArguments()) instanceof Integer first ? sliced(first)
					: DEFAULT_PAGE;
		}
		String type = field.getFieldsContainer().getName();
		Integer size = SIZES.getOrDefault(type + "." + name, SIZES.get(name));
		long estimate = size != null ? size : DEFAULT;
		if (type.equals("Network") && parent != null && parent.getArguments().get("depth") instanceof Integer depth) {
			estimate = Math.min(estimate, (long) Math.pow(FAN_OUT, Math.max(depth, 1)));
		}
		return estimate;
	}

}
