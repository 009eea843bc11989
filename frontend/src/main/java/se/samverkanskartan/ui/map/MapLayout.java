package se.samverkanskartan.ui.map;

import java.util.Locale;

/** The map's layouts; the names are those the browser module understands. */
public enum MapLayout {
	/**
	 * The overview the map opens on: organisations as nested boxes, the cooperation of each box in rows under it, laid
	 * out for the canvas so that no label or box overlaps another.
	 */
	OVERVIEW,
	/** Force-directed, with regions and healthcare regions as compound groups. */
	FCOSE,
	/** Hospitals and regions placed by their coordinates. */
	GEOGRAPHIC;

	/** The layout a view has unless it says otherwise. */
	public static final MapLayout DEFAULT = OVERVIEW;

	public String clientName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The layout a link names, or {@code fallback}: also for a layout the map no longer has (the concentric rings,
	 * whose labels could not be made readable), so an old link or saved view still opens.
	 */
	public static MapLayout parse(String value, MapLayout fallback) {
		if (value == null) {
			return fallback;
		}
		for (MapLayout layout : values()) {
			if (layout.clientName().equalsIgnoreCase(value) || layout.name().equalsIgnoreCase(value)) {
				return layout;
			}
		}
		return fallback;
	}
}
