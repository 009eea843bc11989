package se.samverkanskartan.ui.common;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import se.samverkanskartan.ui.api.Evidence;

/** The evidence behind a fact: the Swedish quote as written, the corrected reading, the document and the line. */
public class EvidenceList extends Div {

	public EvidenceList(List<Evidence> evidence) {
		addClassName("evidence-list");
		if (evidence.isEmpty()) {
			add(new Span(getTranslation("evidence.none")));
			return;
		}
		for (Evidence e : evidence) {
			Div item = new Div();
			item.addClassName("evidence");
			Div quote = new Div("”" + e.quote() + "”");
			quote.addClassName("quote");
			quote.getElement().setAttribute("lang", "sv");
			item.add(quote);
			if (e.reading() != null && !e.reading().equals(e.quote())) {
				Div reading = new Div(getTranslation("evidence.reading", e.reading()));
				reading.addClassName("reading");
				reading.getElement().setAttribute("lang", "sv");
				item.add(reading);
			}
			Div source = new Div();
			source.addClassName("source");
			String document = e.document() == null ? "" : e.document().name();
			if (e.document() != null && e.document().url() != null) {
				Anchor link = new Anchor(e.document().url(), document);
				link.setTarget("_blank");
				source.add(link);
			}
			else {
				source.add(new Span(document));
			}
			String where = e.document() != null && e.document().file() != null ? e.document().file() + ", " : "";
			source.add(new Span(" — " + where + e.locator()));
			item.add(source);
			add(item);
		}
	}
}
