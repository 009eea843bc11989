package se.samverkanskartan.ui.api;

import java.util.List;

/**
 * One page of the API's {@code searchHits} connection, as its JSON reads.
 *
 * @param edges the hits of the page in the API's order
 * @param pageInfo where the next page starts
 * @param totalCount how many hits the whole search has
 */
public record SearchPage(List<Edge> edges, PageInfo pageInfo, int totalCount) {

	public static final SearchPage EMPTY = new SearchPage(List.of(), new PageInfo(false, null), 0);

	public List<SearchHit> hits() {
		return this.edges.stream().map(Edge::node).toList();
	}

	/** A hit with its cursor. */
	public record Edge(String cursor, SearchHit node) {
	}

	/** Whether another page follows, and the cursor to ask for it with. */
	public record PageInfo(boolean hasNextPage, String endCursor) {
	}

}
