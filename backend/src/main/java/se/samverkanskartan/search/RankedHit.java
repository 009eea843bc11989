package se.samverkanskartan.search;

import java.util.Comparator;

import se.samverkanskartan.graph.Cursor;
import se.samverkanskartan.graph.InvalidArgumentException;

/**
 * A search hit in the order the API lists hits: names matched exactly, then by their beginning, then the rest; each
 * group by full-text score, then by name and id, so that equal scores always come in the same order and a cursor
 * names one place in it.
 */
record RankedHit(String id, NameMatch match, double score, String name, String matched) {

	static final Comparator<RankedHit> ORDER = Comparator.comparing(RankedHit::match)
		.thenComparing(Comparator.comparingDouble(RankedHit::score).reversed())
		.thenComparing(RankedHit::name)
		.thenComparing(RankedHit::id);

	Cursor cursor() {
		return Cursor.of((long) this.match.ordinal(), this.score, this.name, this.id);
	}

	/** The place in the order that a cursor of {@link #cursor()} names; any other cursor is refused naming {@code after}. */
	static RankedHit at(Cursor cursor) {
		var keys = cursor.keys();
		if (keys.size() != 4 || !(keys.get(0) instanceof Long match) || match < 0 || match >= NameMatch.values().length
				|| !(keys.get(1) instanceof Double score) || !(keys.get(2) instanceof String name)
				|| !(keys.get(3) instanceof String id)) {
			throw new InvalidArgumentException("after",
					"not a cursor this search handed out; pass a pageInfo.endCursor or an edge's cursor as it was returned");
		}
		return new RankedHit(id, NameMatch.values()[match.intValue()], score, name, "");
	}

	boolean isAfter(RankedHit other) {
		return ORDER.compare(this, other) > 0;
	}

}
