package se.samverkanskartan.ui.explore;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import se.samverkanskartan.ui.common.EvidenceList;

import se.samverkanskartan.ui.api.MapNetwork;
import se.samverkanskartan.ui.api.NodeDetail;

/**
 * The side panel for a clicked node or edge: its properties, its relations (each with its own evidence) and the
 * evidence it rests on. A related node's name opens that node, so one can walk the graph from the panel.
 */
public class DetailPanel extends Div {

	private final Consumer<String> onOpenNode;
	private Function<NodeDetail, Component> nodeTools = node -> null;
	private BiFunction<NodeDetail, NodeDetail.Relation, Component> relationTools = (node, relation) -> null;
	private Function<String, Component> history = id -> null;
	private NodeDetail shownNode;
	private final Predicate<String> directed;

	/** {@code directed} says, from the vocabulary, whether a relationship type states which way it goes. */
	public DetailPanel(Consumer<String> onOpenNode, Predicate<String> directed) {
		this.onOpenNode = onOpenNode;
		this.directed = directed;
		setId("detail-panel");
		addClassName("detail-panel");
		showHint();
	}

	/**
	 * What the page adds for the signed-in user: editing tools for a node and for each of its relations (editors
	 * only), and a node's history (signed-in users). A function may answer null to add nothing.
	 */
	public void setExtras(Function<NodeDetail, Component> nodeTools,
			BiFunction<NodeDetail, NodeDetail.Relation, Component> relationTools, Function<String, Component> history) {
		this.nodeTools = nodeTools;
		this.relationTools = relationTools;
		this.history = history;
	}

	/** The id of the node shown, or null when an edge or the hint is shown. */
	public String shownNode() {
		return shownNode == null ? null : shownNode.id();
	}

	/**
	 * Shows the node as it is now, after a change, unless it is shown exactly so already: a live update of a change
	 * made here then leaves the panel (and a button about to be clicked) alone.
	 */
	public void refresh(NodeDetail node) {
		if (!node.equals(shownNode)) {
			showNode(node);
		}
	}

	public void showHint() {
		shownNode = null;
		removeAll();
		add(new Paragraph(getTranslation("detail.hint")));
	}

	public void showNode(NodeDetail node) {
		shownNode = node;
		removeAll();
		H3 title = new H3(node.name());
		title.setId("detail-title");
		add(title);
		badges(this, node.unsourced(), node.internal());
		addIfAny(this, nodeTools.apply(node));
		add(property("detail.kind", getTranslation("kind." + node.kind())));
		if (!node.aliases().isEmpty()) {
			add(property("detail.aliases", String.join(", ", node.aliases())));
		}
		if (node.description() != null) {
			add(new Paragraph(node.description()));
		}
		add(property("detail.provenance", getTranslation("provenance." + node.provenance())));
		if (node.validity() != null) {
			add(property("detail.validity", node.validity().label()));
		}
		if (node.reason() != null) {
			add(property("detail.reason", node.reason()));
		}
		add(new H4(getTranslation("detail.evidence")), new EvidenceList(node.evidence()));
		if (!node.statuses().isEmpty()) {
			add(new H4(getTranslation("detail.statuses")), new StatusHistory(node.statuses()));
		}
		add(new H4(getTranslation("detail.relations", node.relations().size())));
		node.relations().forEach(r -> add(relation(node, r)));
		Component changes = history.apply(node.id());
		if (changes != null) {
			add(new H4(getTranslation("detail.history")), changes);
		}
	}

	/** Marks a fact entered without evidence, and one visible to editors only. */
	private void badges(Div target, boolean unsourced, boolean internal) {
		if (unsourced) {
			Span badge = new Span(getTranslation("unsourced"));
			badge.addClassName("badge-unsourced");
			target.add(badge);
		}
		if (internal) {
			Span badge = new Span(getTranslation("internal"));
			badge.addClassName("badge-internal");
			target.add(badge);
		}
	}

	private static void addIfAny(Div target, Component component) {
		if (component != null) {
			target.add(component);
		}
	}

	/** An edge: its type and ends, and the evidence of the relationship as seen from its source node. */
	public void showEdge(MapNetwork.Edge edge, String sourceLabel, String targetLabel, NodeDetail source) {
		shownNode = null;
		removeAll();
		H3 title = new H3(sourceLabel + (edge.pointsOneWay() ? " → " : " – ") + targetLabel);
		title.setId("detail-title");
		add(title, property("detail.relation", getTranslation("relation." + edge.type())));
		if (edge.gap() != null) {
			Div gap = new Div(getTranslation("detail.gap." + edge.gap()));
			gap.addClassName("gap-warning");
			add(gap);
		}
		if (edge.effect() != null) {
			add(property("detail.effect", getTranslation("effect." + edge.effect())));
		}
		add(property("detail.provenance", getTranslation("provenance." + edge.provenance())));
		add(open(edge.source(), sourceLabel), open(edge.target(), targetLabel));
		if (source != null) {
			source.relations().stream().filter(r -> r.id().equals(edge.id())).findFirst().ifPresent(r -> {
				if (r.reason() != null) {
					add(reason(r.reason()));
				}
				badges(this, r.unsourced(), r.internal());
				addIfAny(this, relationTools.apply(source, r));
				add(new H4(getTranslation("detail.evidence")), new EvidenceList(r.evidence()));
			});
		}
	}

	private Details relation(NodeDetail node, NodeDetail.Relation r) {
		String arrow = !directed.test(r.type()) ? "– " : "OUTGOING".equals(r.direction()) ? "→ " : "← ";
		Div summary = new Div(new Span(arrow + getTranslation("relation." + r.type()) + " "), open(r.other().id(),
				r.other().name()));
		if (r.unsourced()) {
			Span mark = new Span(getTranslation("unsourced"));
			mark.addClassName("badge-unsourced");
			summary.add(mark);
		}
		Div content = new Div();
		addIfAny(content, relationTools.apply(node, r));
		if (r.effect() != null) {
			content.add(property("detail.effect", getTranslation("effect." + r.effect())));
		}
		if (r.role() != null) {
			content.add(property("detail.role", r.role()));
		}
		if (Boolean.TRUE.equals(r.partial())) {
			content.add(new Paragraph(getTranslation("detail.partial")));
		}
		content.add(property("detail.provenance", getTranslation("provenance." + r.provenance())));
		if (r.reason() != null) {
			content.add(reason(r.reason()));
		}
		if (r.validity() != null) {
			content.add(property("detail.validity", r.validity().label()));
		}
		content.add(new EvidenceList(r.evidence()));
		Details details = new Details(summary, content);
		details.addClassName("relation");
		return details;
	}

	/** Why an inferred fact follows from the sources, where the provenance is shown. */
	private Div reason(String reason) {
		Div row = property("detail.reason", reason);
		row.addClassName("reason");
		return row;
	}

	private Button open(String id, String name) {
		Button button = new Button(name, e -> onOpenNode.accept(id));
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		return button;
	}

	private Div property(String key, String value) {
		Div row = new Div(new Span(getTranslation(key) + ": "), new Span(value == null ? "" : value));
		row.addClassName("property");
		return row;
	}
}
