package se.samverkanskartan.ui.edit;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;

import se.samverkanskartan.ui.api.AuditRecord;

/** A node's latest changes, newest first: who, when, what, and the fact before and after on request. */
public class HistoryList extends Div {

	public HistoryList(List<AuditRecord> entries) {
		setId("history");
		addClassName("history");
		if (entries.isEmpty()) {
			add(new Span(getTranslation("audit.none")));
			return;
		}
		for (AuditRecord entry : entries) {
			Div summary = new Div(new Span(summary(this, entry)));
			Div content = new Div();
			if (entry.before() != null) {
				content.add(new Span(getTranslation("audit.before")), new Pre(entry.before()));
			}
			if (entry.after() != null) {
				content.add(new Span(getTranslation("audit.after")), new Pre(entry.after()));
			}
			Details details = new Details(summary, content);
			details.addClassName("history-entry");
			if (entry.undoneBy() != null) {
				details.addClassName("undone");
			}
			add(details);
		}
	}

	/** E.g. "2026-05-02 14:03 · editor · Ändrad: name, description". */
	static String summary(com.vaadin.flow.component.Component c, AuditRecord entry) {
		String when = entry.at() == null ? "" : entry.at().replace('T', ' ');
		when = when.length() > 16 ? when.substring(0, 16) : when;
		String fields = entry.changedFields().isEmpty() ? "" : ": " + String.join(", ", entry.changedFields());
		String undone = entry.undoneBy() == null ? "" : " (" + c.getTranslation("audit.undone") + ")";
		return when + " · " + entry.actor() + " · " + c.getTranslation("audit.action." + entry.action()) + fields
				+ undone;
	}
}
