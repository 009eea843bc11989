package se.samverkanskartan.ui.explore;

import java.time.LocalDate;
import java.util.Objects;

import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.GapReport;
import se.samverkanskartan.ui.api.MapNetwork;
import se.samverkanskartan.ui.api.NetworkFilter;

/**
 * A page's reads that depend on the map's date alone, not on its filter: the agreement gaps (the gap panel lists them
 * all) and the filter's choices. Kept for the date last read, so that a filter or a layout change asks the API only for
 * what changed; forgotten when the graph changes (an edit here, or anyone's, announced live). One per page, since
 * what a user may see depends on the user.
 */
public final class DateReads {

	private final CooperationApi api;

	private LocalDate gapsDate;
	private GapReport gaps;
	private LocalDate choicesDate;
	private MapNetwork choices;

	public DateReads(CooperationApi api) {
		this.api = api;
	}

	/** The agreement gaps on {@code date} (null: today). */
	public GapReport gaps(LocalDate date) {
		if (gaps == null || !Objects.equals(gapsDate, date)) {
			gaps = api.agreementGaps(date);
			gapsDate = date;
		}
		return gaps;
	}

	/** The network the filter's choices are read from on {@code date} (null: today). */
	public MapNetwork choices(LocalDate date) {
		if (choices == null || !Objects.equals(choicesDate, date)) {
			choices = api.network(date, NetworkFilter.CHOICES);
			choicesDate = date;
		}
		return choices;
	}

	/** The graph changed: the next read asks the API again. */
	public void forget() {
		gaps = null;
		choices = null;
	}
}
