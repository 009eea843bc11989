package se.samverkanskartan.ui.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import org.jspecify.annotations.Nullable;

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
			Div quote = new Div(e.summarised() ? getTranslation("evidence.summary", e.quote()) : "”" + e.quote() + "”");
			quote.addClassName(e.summarised() ? "summary" : "quote");
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
			if (e.document() != null && isWebAddress(e.document().url())) {
				Anchor link = new Anchor(e.document().url(), document);
				link.setTarget("_blank");
				// The page opened gets no handle on the map's window.
				link.getElement().setAttribute("rel", "noopener noreferrer");
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

	/**
	 * Whether an address may become a link: absolute http or https with a host. The API refuses anything else, but
	 * a remote backend or an old database may still hold a {@code javascript:} address, which a link would run.
	 */
	static boolean isWebAddress(@Nullable String address) {
		if (address == null) {
			return false;
		}
		try {
			URI uri = new URI(address.strip());
			return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}
}
