package se.samverkanskartan.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import graphql.relay.Connection;
import graphql.relay.ConnectionCursor;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import graphql.relay.PageInfo;
import org.jspecify.annotations.Nullable;

/**
 * One page of a connection: its rows in the list's order, each row's keyset {@link Cursor}, whether rows lie before
 * and after it, and the number of rows in the whole list, counted only when a client asks for {@code totalCount}.
 * It is a Relay {@link Connection} itself, so Spring's connection support hands it to GraphQL as it is.
 */
public record Page<T>(List<T> items, Function<T, Cursor> cursor, boolean hasPrevious, boolean hasNext,
		LongSupplier total, @Nullable Selection selection) implements Connection<T> {

	/**
	 * The page from rows read with one row more than asked, in the direction of the request (backward pages are
	 * read in reverse order): the extra row only says that more rows follow in that direction.
	 */
	public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, Cursor> cursor, LongSupplier total) {
		return of(rows, request, cursor, total, null);
	}

	/** {@link #of(List, PageRequest, Function, LongSupplier)} of nodes read from {@code selection}, for its aggregates. */
	public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, Cursor> cursor, LongSupplier total,
			@Nullable Selection selection) {
		boolean more = rows.size() > request.size();
		List<T> content = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
		boolean fromCursor = request.from() != null;
		if (!request.forward()) {
			Collections.reverse(content);
			return new Page<>(List.copyOf(content), cursor, more, fromCursor, total, selection);
		}
		return new Page<>(List.copyOf(content), cursor, fromCursor, more, total, selection);
	}

	@Override
	public List<Edge<T>> getEdges() {
		return this.items.stream().<Edge<T>>map(item -> new DefaultEdge<>(item, cursorOf(item))).toList();
	}

	@Override
	public PageInfo getPageInfo() {
		return new DefaultPageInfo(this.items.isEmpty() ? null : cursorOf(this.items.getFirst()),
				this.items.isEmpty() ? null : cursorOf(this.items.getLast()), this.hasPrevious, this.hasNext);
	}

	/** What the rows were read from, for the aggregates of a connection of nodes. */
	public Selection requireSelection() {
		if (this.selection == null) {
			throw new IllegalStateException("this page was not read from a selection of nodes");
		}
		return this.selection;
	}

	/** The GraphQL field {@code totalCount}: one count query, run only when the field is asked for. */
	public long totalCount() {
		return this.total.getAsLong();
	}

	private ConnectionCursor cursorOf(T item) {
		return new DefaultConnectionCursor(this.cursor.apply(item).encode());
	}

}
