package se.samverkanskartan.graph;

import org.jspecify.annotations.Nullable;

/**
 * Keyset cursors ({@link Cursor}) over pages that {@link NodeReader#page} reads, and the one rule
 * for every list size: from 1 to {@link #MAX_PAGE}, refused otherwise with a BAD_REQUEST naming the argument.
 */
public final class Paging {

	/** The most rows one request may ask of any list; the SDL documents it on every {@code first} and {@code last}. */
	public static final int MAX_PAGE = 100;

	public static final int DEFAULT_PAGE = 50;

	private Paging() {
	}

	/** The size asked for in {@code argument}, or the default; refused outside 1 to {@link #MAX_PAGE}. */
	public static int size(String argument, @Nullable Integer asked, int byDefault) {
		int size = asked == null ? byDefault : asked;
		if (size < 1 || size > MAX_PAGE) {
			throw new InvalidArgumentException(argument, "must be between 1 and " + MAX_PAGE + ", was " + size);
		}
		return size;
	}

	/** The size asked for in {@code first}, as a list without cursors (search) takes it. */
	public static int size(@Nullable Integer first, int byDefault) {
		return size("first", first, byDefault);
	}

}
