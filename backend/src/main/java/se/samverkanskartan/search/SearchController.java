package se.samverkanskartan.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.graph.Cursor;
import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.InvalidArgumentException;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Page;
import se.samverkanskartan.graph.PageRequest;
import se.samverkanskartan.graph.Paging;

/**
 * Full-text search, as a list of the best hits ({@code search}) and as a connection that pages through all of them
 * ({@code searchHits}), both in one order: a node whose name, previous name or alias is what was typed ("SUS",
 * "Skånes universitetssjukhus") first, then those whose name begins with it, then the rest by relevance.
 */
@Controller
class SearchController {

	static final int DEFAULT_HITS = 20;

	private final SearchReader hits;

	private final NodeReader reader;

	SearchController(SearchReader hits, NodeReader reader) {
		this.hits = hits;
		this.reader = reader;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable Integer first, @Argument @Nullable List<String> kinds,
			@Argument @Nullable Map<String, Object> where, @Argument @Nullable LocalDate asOf) {
		int limit = Paging.size(first, DEFAULT_HITS);
		List<RankedHit> ranked = this.hits.hits(checked(text), kinds, where, asOf);
		return withNodes(ranked.subList(0, Math.min(limit, ranked.size())));
	}

	@QueryMapping
	Page<SearchHit> searchHits(@Argument String text, @Argument @Nullable Integer first, @Argument("after") @Nullable String afterCursor,
			@Argument @Nullable List<String> kinds, @Argument @Nullable Map<String, Object> where,
			@Argument @Nullable LocalDate asOf) {
		PageRequest request = PageRequest.of(first, afterCursor, null, null, DEFAULT_HITS);
		Cursor after = request.from();
		RankedHit from = after == null ? null : RankedHit.at(after);
		List<RankedHit> ranked = this.hits.hits(checked(text), kinds, where, asOf);
		List<RankedHit> rest = from == null ? ranked : ranked.stream().filter(hit -> hit.isAfter(from)).toList();
		// One row more than asked says whether another page follows.
		List<RankedHit> rows = rest.subList(0, Math.min(request.size() + 1, rest.size()));
		Map<String, RankedHit> byId = rows.stream().collect(Collectors.toMap(RankedHit::id, Function.identity()));
		return Page.of(withNodes(rows), request, hit -> byId.get(hit.node().id()).cursor(), () -> ranked.size());
	}

	private static String checked(String text) {
		if (text.length() > SearchReader.MAX_TEXT) {
			throw new InvalidArgumentException("text",
					"must be at most " + SearchReader.MAX_TEXT + " characters, was " + text.length());
		}
		return text;
	}

	/** The hits with their nodes, read in one query for the page only. */
	private List<SearchHit> withNodes(List<RankedHit> ranked) {
		Map<String, GraphNode> nodes = this.reader.byIds(ranked.stream().map(RankedHit::id).toList());
		return ranked.stream()
			.filter(hit -> nodes.containsKey(hit.id()))
			.map(hit -> new SearchHit(nodes.get(hit.id()), hit.score(), hit.matched()))
			.toList();
	}

}
