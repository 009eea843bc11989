package se.samverkanskartan.ui.time;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

import se.samverkanskartan.ui.api.ChangeSet;

/** Compare mode's list: what was added, removed and changed between the two dates, each described in Swedish. */
public class ChangeList extends Div {

	private final Consumer<String> onFocus;

	public ChangeList(Consumer<String> onFocus) {
		this.onFocus = onFocus;
		setId("change-list");
		add(new Paragraph(getTranslation("changes.hint")));
	}

	public void show(ChangeSet changes) {
		removeAll();
		if (changes == null) {
			add(new Paragraph(getTranslation("changes.hint")));
			return;
		}
		add(new Paragraph(getTranslation("changes.between", String.valueOf(changes.from()), String.valueOf(changes.to()))));
		section("added", changes.added());
		section("removed", changes.removed());
		section("changed", changes.changed());
	}

	private void section(String kind, List<ChangeSet.Change> changes) {
		Div section = new Div(new H4(getTranslation("changes." + kind, changes.size())));
		section.addClassNames("change-section", "change-" + kind);
		for (ChangeSet.Change change : changes) {
			String name = change.node() != null ? change.node().name() : change.id();
			String target = change.node() != null ? change.node().id() : change.source();
			Button open = new Button(name, e -> onFocus.accept(target));
			open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			String date = change.date() == null ? "" : change.date() + ": ";
			section.add(new Div(open, new Div(date + change.description())));
		}
		add(section);
	}
}
