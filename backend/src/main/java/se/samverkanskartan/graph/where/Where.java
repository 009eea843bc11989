package se.samverkanskartan.graph.where;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Order;
import se.samverkanskartan.graph.Page;
import se.samverkanskartan.graph.PageRequest;

/**
 * A connection's {@code where} argument as one Cypher condition on {@code n}, with its parameters: filtering happens
 * in the query that reads the page (and counts it), not in Java afterwards. Relations are followed as they are valid
 * on the query's {@code $asOf}, and only to what the caller may see ({@code $seeInternal}); both parameters are the
 * reader's.
 */
public record Where(String cypher, Map<String, Object> parameters) {

	/** The most levels of nesting (AND/OR/NOT, relations) one filter may have. */
	public static final int MAX_DEPTH = 8;

	/** The most conditions one filter may have, so that a filter cannot make a query of unbounded size. */
	public static final int MAX_CONDITIONS = 100;

	private static final Where NONE = new Where("true", Map.of());

	/** The condition a {@code <Kind>Where} input puts on the nodes of {@code kind}; "true" when there is none. */
	public static Where on(NodeKind kind, @Nullable Map<String, Object> where) {
		if (where == null || where.isEmpty()) {
			return NONE;
		}
		WhereCompiler compiler = new WhereCompiler();
		String cypher = compiler.node(kind, where, "n", 1);
		return new Where(cypher, compiler.parameters());
	}

	/** The condition a {@code NodeWhere} input puts on nodes of any kind; "true" when there is none. */
	public static Where onAnyNode(@Nullable Map<String, Object> where) {
		if (where == null || where.isEmpty()) {
			return NONE;
		}
		WhereCompiler compiler = new WhereCompiler();
		String cypher = compiler.node(null, where, "n", 1);
		return new Where(cypher, compiler.parameters());
	}

	/**
	 * The condition a filter on records that are not nodes puts on {@code x}: each field a stored property of that
	 * name, compared as a value or, for those in {@code lists}, as a list.
	 */
	public static Where onRecord(@Nullable Map<String, Object> where, String x, Set<String> scalars, Set<String> lists) {
		if (where == null || where.isEmpty()) {
			return NONE;
		}
		WhereCompiler compiler = new WhereCompiler();
		String cypher = compiler.record(where, x, scalars, lists, 1);
		return new Where(cypher, compiler.parameters());
	}

	/**
	 * A page of the nodes of {@code kind} that {@code match} binds to {@code n} and that meet {@code where}, in the
	 * order {@code sort} asks for: what every connection of nodes answers.
	 */
	public static Page<GraphNode> page(NodeReader reader, NodeKind kind, String match, Map<String, Object> parameters,
			@Nullable Map<String, Object> where, @Nullable List<Map<String, Object>> sort, PageRequest request) {
		Where filter = on(kind, where);
		return reader.page(match + " AND " + filter.cypher(), filter.addTo(parameters), request, Order.of(kind, sort));
	}

	/** {@code parameters} with this filter's own added, for a reader's query. */
	public Map<String, Object> addTo(Map<String, Object> parameters) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.putAll(this.parameters);
		return all;
	}

}
