package se.samverkanskartan.ui.edit;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import se.samverkanskartan.ui.api.AuditRecord;

/** A node's latest changes, newest first: who, when, what, and each changed field as "fält: före → efter". */
public class HistoryList extends Div {

	public HistoryList(List<AuditRecord> entries) {
		setId("history");
		addClassName("history");
		if (entries.isEmpty()) {
			add(new Span(getTranslation("audit.none")));
			return;
		}
		FactChanges words = words(this);
		for (AuditRecord entry : entries) {
			Div item = new Div(new Span(summary(this, entry)));
			item.addClassName("history-entry");
			if (entry.undoneBy() != null) {
				item.addClassName("undone");
			}
			for (String change : words.lines(entry)) {
				Div line = new Div(change);
				line.addClassName("history-change");
				item.add(line);
			}
			add(item);
		}
	}

	/** E.g. "2026-05-02 14:03 · editor · Ändrad". */
	static String summary(Component c, AuditRecord entry) {
		String when = entry.at() == null ? "" : entry.at().replace('T', ' ');
		when = when.length() > 16 ? when.substring(0, 16) : when;
		String undone = entry.undoneBy() == null ? "" : " (" + c.getTranslation("audit.undone") + ")";
		return when + " · " + entry.actor() + " · " + c.getTranslation("audit.action." + entry.action()) + undone;
	}

	/** The changes in the component's language; a key without a text is none (see Translations). */
	static FactChanges words(Component c) {
		return new FactChanges(key -> {
			String text = c.getTranslation(key);
			return text.startsWith("!") ? null : text;
		});
	}
}
