package se.samverkanskartan.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a connection: its rows in the list's order, each row's cursor, whether rows lie before and after
 * it, and the number of rows in the whole list, counted only when a client asks for {@code totalCount}.
 */
public record Page<T>(List<T> items, Function<T, Cursor> cursor, boolean hasPrevious, boolean hasNext,
		LongSupplier total) {

	/**
	 * The page from rows read with one row more than asked, in the direction of the request (backward pages are
	 * read in reverse order): the extra row only says that more rows follow in that direction.
	 */
	public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, Cursor> cursor, LongSupplier total) {
		boolean more = rows.size() > request.size();
		List<T> content = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
		boolean fromCursor = request.from() != null;
		if (!request.forward()) {
			Collections.reverse(content);
			return new Page<>(List.copyOf(content), cursor, more, fromCursor, total);
		}
		return new Page<>(List.copyOf(content), cursor, fromCursor, more, total);
	}

}
