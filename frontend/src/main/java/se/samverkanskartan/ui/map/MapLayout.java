package se.samverkanskartan.ui.map;

import java.util.Locale;

/** The map's layouts; the names are those the browser module understands. */
public enum MapLayout {
	/** Force-directed, with regions and healthcare regions as compound groups. */
	FCOSE,
	/** Rings by kind: healthcare regions in the middle, documents outermost. */
	CONCENTRIC,
	/** Hospitals and regions placed by their coordinates. */
	GEOGRAPHIC;

	public String clientName() {
		return name().toLowerCase(Locale.ROOT);
	}

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
