package se.samverkanskartan.graph;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/** Cursor pagination (Relay connections) over a Cypher match, with offset cursors and a bounded page size. */
public final class Paging {

	static final int DEFAULT_PAGE = 50;

	static final int MAX_PAGE = 200;

	private Paging() {
	}

	/**
	 * One page of the nodes bound to {@code n} by {@code match}, ordered by name. Asks for one more than the page
	 * size to know whether another page follows.
	 */
	public static Window<GraphNode> page(NodeReader reader, String match, Map<String, Object> parameters,
			ScrollSubrange subrange) {
		int size = Math.min(Math.max(subrange.count().orElse(DEFAULT_PAGE), 0), MAX_PAGE);
		long start = subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map(OffsetScrollPosition.class::cast)
			// A cursor names the last row the client has; the page starts after it.
			.map(position -> position.isInitial() ? 0 : position.getOffset() + 1)
			.orElse(0L);
		List<GraphNode> rows = reader.list(match, parameters, start, size + 1);
		boolean hasNext = rows.size() > size;
		List<GraphNode> content = hasNext ? rows.subList(0, size) : rows;
		return Window.from(content, index -> ScrollPosition.offset(start + index), hasNext);
	}

}
