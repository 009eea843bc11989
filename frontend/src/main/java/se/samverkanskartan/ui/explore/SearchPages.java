package se.samverkanskartan.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.SearchHit;
import se.samverkanskartan.ui.api.SearchPage;

/**
 * The hits of one search as the box scrolls through them: pages of the API's {@code searchHits} connection, read
 * only as far as the box has scrolled and kept while the text stays the same, so that scrolling back reads nothing.
 */
class SearchPages {

	/** The most the API hands out in one page. */
	private static final int PAGE = 100;

	private final CooperationApi api;

	private String text = "";

	private boolean started;

	private final List<SearchHit> loaded = new ArrayList<>();

	private SearchPage last = SearchPage.EMPTY;

	SearchPages(CooperationApi api) {
		this.api = api;
	}

	/** How many hits the search has. */
	int count(String text) {
		startWith(text);
		return this.last.totalCount();
	}

	/** The hits from {@code offset}, at most {@code limit} of them. */
	Stream<SearchHit> hits(String text, int offset, int limit) {
		startWith(text);
		while (this.loaded.size() < offset + limit && this.last.pageInfo().hasNextPage()) {
			more();
		}
		return this.loaded.stream().skip(offset).limit(limit);
	}

	private void startWith(String text) {
		String wanted = text.strip();
		if (!this.started || !wanted.equals(this.text)) {
			this.started = true;
			this.text = wanted;
			this.loaded.clear();
			this.last = SearchPage.EMPTY;
			if (!wanted.isEmpty()) {
				more();
			}
		}
	}

	private void more() {
		String after = this.loaded.isEmpty() ? null : this.last.pageInfo().endCursor();
		this.last = this.api.searchPage(this.text, PAGE, after);
		this.loaded.addAll(this.last.hits());
	}

}
