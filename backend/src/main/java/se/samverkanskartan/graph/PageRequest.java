package se.samverkanskartan.graph;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a client asked of a connection, in the Relay way: {@code first} rows after a cursor, or {@code last} rows
 * before one. Checked once here for every list: a size from 1 to {@link Paging#MAX_PAGE}, not both directions at
 * once, and cursors this server handed out; each refusal names the argument.
 */
public record PageRequest(int size, boolean forward, @Nullable Cursor from) {

	public static PageRequest of(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before, int byDefault) {
		if (first != null && last != null) {
			throw new InvalidArgumentException("last", "give first (with after) or last (with before), not both");
		}
		if (after != null && before != null) {
			throw new InvalidArgumentException("before", "give after (with first) or before (with last), not both");
		}
		boolean backward = last != null || before != null;
		if (backward && first != null) {
			throw new InvalidArgumentException("first", "before pages backward and takes last, not first");
		}
		if (backward && after != null) {
			throw new InvalidArgumentException("after", "last pages backward and takes before, not after");
		}
		if (backward) {
			return new PageRequest(Paging.size("last", last, byDefault), false,
					before == null ? null : Cursor.decode(before, "before"));
		}
		return new PageRequest(Paging.size("first", first, byDefault), true,
				after == null ? null : Cursor.decode(after, "after"));
	}

	/** The keys of the cursor, or null for a page from either end. */
	public @Nullable List<Object> keys() {
		return this.from == null ? null : this.from.keys();
	}

}
