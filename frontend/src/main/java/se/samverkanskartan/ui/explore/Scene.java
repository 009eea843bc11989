package se.samverkanskartan.ui.explore;

import java.util.Map;
import java.util.Set;

import se.samverkanskartan.ui.api.ChangeSet;
import se.samverkanskartan.ui.api.GapReport;
import se.samverkanskartan.ui.state.ViewState;
import se.samverkanskartan.ui.api.MapNetwork;

/**
 * What one view shows, loaded from the API: the network to draw, the compare marks, the changes and the gaps.
 *
 * @param marks per element id, {@code added}, {@code removed} or {@code changed}; empty unless comparing
 * @param changes the changes between the two dates, or null unless comparing
 * @param unsourced the ids of the drawn nodes and edges that were entered without evidence
 */
public record Scene(ViewState state, MapNetwork network, Map<String, String> marks, ChangeSet changes,
		GapReport gaps, Set<String> unsourced) {
}
