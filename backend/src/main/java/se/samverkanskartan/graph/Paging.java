package se.samverkanskartan.graph;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Cursor pagination (Relay connections) over a Cypher match, with offset cursors, and the one rule for every list
 * argument {@code first}: from 1 to {@link #MAX_PAGE}, refused otherwise with a BAD_REQUEST naming it. A cursor
 * that does not decode is refused naming {@code after} ({@link CursorConfiguration}).
 */
public final class Paging {

	/** The most rows one request may ask of any list; the SDL documents it on every {@code first}. */
	public static final int MAX_PAGE = 100;

	static final int DEFAULT_PAGE = 50;

	private Paging() {
	}

	/**
	 * One page of the nodes bound to {@code n} by {@code match}, ordered by name. Asks for one more than the page
	 * size to know whether another page follows. {@code first} is the argument as given: Spring's subrange drops a
	 * negative count, which must be refused rather than read as "the default".
	 */
	public static Window<GraphNode> page(NodeReader reader, String match, Map<String, Object> parameters,
			@Nullable Integer first, ScrollSubrange subrange) {
		int size = size(first, DEFAULT_PAGE);
		long start = start(subrange);
		List<GraphNode> rows = reader.list(match, parameters, start, size + 1);
		return window(rows, start, size);
	}

	/** The page size asked for, or the default; refused outside 1 to {@link #MAX_PAGE}. */
	public static int size(@Nullable Integer first, int byDefault) {
		int size = first == null ? byDefault : first;
		if (size < 1 || size > MAX_PAGE) {
			throw new InvalidArgumentException("first", "must be between 1 and " + MAX_PAGE + ", was " + size);
		}
		return size;
	}

	/** The offset of the first row of the page: a cursor names the last row the client has, the page starts after it. */
	public static long start(ScrollSubrange subrange) {
		return subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map(OffsetScrollPosition.class::cast)
			.map(position -> position.isInitial() ? 0 : position.getOffset() + 1)
			.orElse(0L);
	}

	/** The page from rows read with one extra row, which only tells whether another page follows. */
	public static <T> Window<T> window(List<T> rows, long start, int size) {
		boolean hasNext = rows.size() > size;
		List<T> content = hasNext ? rows.subList(0, size) : rows;
		return Window.from(content, index -> ScrollPosition.offset(start + index), hasNext);
	}

}
