package se.samverkanskartan.ui.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import se.samverkanskartan.ui.api.ChangeSet;
import se.samverkanskartan.ui.api.MapNetwork;

/**
 * Compare mode's list: what was added, removed and changed between the two dates. It lists exactly what the map
 * marks (nodes and relations, counted apart), in the UI's language; the changes that concern what the map does not
 * draw (filtered out) are counted beneath. Choosing one shows it on the map and keeps the list.
 */
public class ChangeList extends Div {

	private static final List<String> MARKS = List.of("added", "removed", "changed");

	private final Consumer<String> onFocus;
	private final ChangeWords words = new ChangeWords(this);

	public ChangeList(Consumer<String> onFocus) {
		this.onFocus = onFocus;
		setId("change-list");
		add(new Paragraph(getTranslation("changes.hint")));
	}

	/** Shows the changes as the map marks them: {@code marks} per drawn element id, of the network {@code drawn}. */
	public void show(ChangeSet changes, MapNetwork drawn, Map<String, String> marks) {
		removeAll();
		if (changes == null) {
			add(new Paragraph(getTranslation("changes.hint")));
			return;
		}
		add(new Paragraph(getTranslation("changes.between", String.valueOf(changes.from()), String.valueOf(changes.to()))));
		List<ChangeSet.Change> all = new ArrayList<>(changes.added());
		all.addAll(changes.removed());
		all.addAll(changes.changed());
		for (String mark : MARKS) {
			List<MapNetwork.Node> nodes = drawn.nodes().stream().filter(n -> mark.equals(marks.get(n.id()))).toList();
			List<MapNetwork.Edge> edges = drawn.edges().stream().filter(e -> mark.equals(marks.get(e.id()))).toList();
			add(section(mark, nodes, edges, all, drawn));
		}
		Set<String> shown = new HashSet<>();
		drawn.nodes().forEach(n -> shown.add(n.id()));
		drawn.edges().forEach(e -> shown.add(e.id()));
		long outside = all.stream().map(ChangeSet.Change::id).distinct().filter(id -> !shown.contains(id)).count();
		if (outside > 0) {
			Paragraph note = new Paragraph(getTranslation("changes.outside", outside));
			note.setId("changes-outside");
			add(note);
		}
	}

	private Div section(String mark, List<MapNetwork.Node> nodes, List<MapNetwork.Edge> edges,
			List<ChangeSet.Change> all, MapNetwork drawn) {
		Div section = new Div(new H4(getTranslation("changes." + mark, nodes.size(), edges.size())));
		section.addClassNames("change-section", "change-" + mark);
		section.setId("changes-" + mark);
		for (MapNetwork.Node node : nodes) {
			List<ChangeSet.Change> about = all.stream().filter(c -> node.id().equals(c.id())).toList();
			String what = "changed".equals(mark) ? words.values(about) : words.kind(node);
			section.add(entry(node.label(), node.id(), date(about, mark) + what));
		}
		for (MapNetwork.Edge edge : edges) {
			ChangeSet.Change change = all.stream().filter(c -> edge.id().equals(c.id())).findFirst().orElse(null);
			section.add(entry(words.relation(edge, change, drawn), edge.source(),
					date(change == null ? List.of() : List.of(change), mark) + getTranslation("table.relation")));
		}
		return section;
	}

	private Div entry(String name, String focus, String detail) {
		Button open = new Button(name, e -> onFocus.accept(focus));
		open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		Div entry = new Div(open, new Span(" · " + detail));
		entry.addClassName("change-entry");
		return entry;
	}

	/** The date an element begins or ends; a changed value carries its own date. */
	private static String date(List<ChangeSet.Change> about, String mark) {
		if ("changed".equals(mark)) {
			return "";
		}
		return about.stream().map(ChangeSet.Change::date).filter(Objects::nonNull).findFirst().map(d -> d + ": ")
			.orElse("");
	}
}
