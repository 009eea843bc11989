package se.samverkanskartan.ui.map;

import java.util.Locale;

/** The page a PDF export is laid out on; the names are those the browser module ({@code map-pdf.js}) understands. */
public enum PdfFormat {
	/** A 16:9 slide (13.33 by 7.5 inches), for a projector or a slide deck. */
	SLIDE,
	/** An A4 page in landscape, for a printed or attached document. */
	A4;

	public String clientName() {
		return name().toLowerCase(Locale.ROOT);
	}
}
