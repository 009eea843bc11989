package se.samverkanskartan.ui.state;

import java.time.LocalDate;
import java.util.Map;

import se.samverkanskartan.ui.api.NetworkFilter;
import se.samverkanskartan.ui.map.MapLayout;
import se.samverkanskartan.ui.map.MapPicture.Position;

/**
 * Everything that makes up one view of the map; the URL and a saved view reproduce it.
 *
 * @param asOf the date shown, null for today
 * @param compareFrom the earlier date in compare mode, null when not comparing
 * @param filter the filters
 * @param layout the layout
 * @param grouped hospitals drawn inside their regions
 * @param focus the focused node, or null
 * @param depth when positive, only the focused node's neighbourhood of this depth is shown
 * @param positions node positions of a saved view (not carried by the URL)
 */
public record ViewState(LocalDate asOf, LocalDate compareFrom, NetworkFilter filter, MapLayout layout,
		boolean grouped, String focus, int depth, Map<String, Position> positions) {

	public static final ViewState INITIAL = new ViewState(null, null, NetworkFilter.NONE, MapLayout.DEFAULT, true,
			null, 0, Map.of());

	public ViewState {
		filter = filter == null ? NetworkFilter.NONE : filter;
		layout = layout == null ? MapLayout.DEFAULT : layout;
		positions = positions == null ? Map.of() : Map.copyOf(positions);
		depth = Math.max(0, Math.min(depth, 4));
	}

	public LocalDate effectiveDate() {
		return asOf == null ? LocalDate.now() : asOf;
	}

	public boolean comparing() {
		return compareFrom != null;
	}

	public boolean neighbourhoodOnly() {
		return focus != null && depth > 0;
	}

	public ViewState withDates(LocalDate newAsOf, LocalDate newCompareFrom) {
		return new ViewState(newAsOf, newCompareFrom, filter, layout, grouped, focus, depth, Map.of());
	}

	public ViewState withFilter(NetworkFilter newFilter) {
		return new ViewState(asOf, compareFrom, newFilter, layout, grouped, focus, depth, Map.of());
	}

	public ViewState withLayout(MapLayout newLayout, boolean newGrouped) {
		return new ViewState(asOf, compareFrom, filter, newLayout, newGrouped, focus, depth, Map.of());
	}

	public ViewState withFocus(String newFocus, int newDepth) {
		return new ViewState(asOf, compareFrom, filter, layout, grouped, newFocus, newDepth, Map.of());
	}

	public ViewState withPositions(Map<String, Position> newPositions) {
		return new ViewState(asOf, compareFrom, filter, layout, grouped, focus, depth, newPositions);
	}
}
