package se.samverkanskartan.ui.explore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.tabs.TabSheet;

import se.samverkanskartan.ui.api.MapNetwork;
import se.samverkanskartan.ui.common.StatusWords;

/**
 * The accessible table: exactly the nodes and relations the map draws, in two keyboard-navigable grids, so that a
 * screen-reader user reads what a sighted user sees. Selecting a row opens it like a click on the map, and a click
 * on the map selects its row and scrolls to it.
 */
public class NodeTable extends TabSheet {

	private final Grid<MapNetwork.Node> nodes = new Grid<>();
	private final Grid<MapNetwork.Edge> edges = new Grid<>();
	private final Map<String, String> labels = new HashMap<>();
	private Map<String, String> marks = Map.of();
	private Set<String> unsourced = Set.of();
	private List<MapNetwork.Node> nodeRows = List.of();
	private List<MapNetwork.Edge> edgeRows = List.of();
	private String selected;

	public NodeTable(Consumer<String> onNode, Consumer<String> onEdge) {
		setId("map-table");
		nodes.setId("node-grid");
		nodes.setAriaLabel(getTranslation("table.nodes.aria"));
		nodes.addColumn(MapNetwork.Node::label).setHeader(getTranslation("table.name")).setSortable(true)
			.setFlexGrow(3);
		nodes.addColumn(n -> getTranslation("kind." + n.kind())).setHeader(getTranslation("table.kind"))
			.setSortable(true);
		nodes.addColumn(n -> label(n.parent())).setHeader(getTranslation("table.parent")).setSortable(true);
		nodes.addColumn(node -> StatusWords.of(node, key -> getTranslation(key)))
			.setHeader(getTranslation("table.agreementStatus"))
			.setSortable(true);
		nodes.addColumn(n -> getTranslation("provenance." + n.provenance())).setHeader(getTranslation("table.provenance"));
		nodes.addColumn(n -> mark(n.id())).setHeader(getTranslation("table.change"));
		nodes.addColumn(n -> sourcing(n.id())).setHeader(getTranslation("table.evidence")).setSortable(true);
		edges.setId("edge-grid");
		edges.setAriaLabel(getTranslation("table.edges.aria"));
		edges.addColumn(e -> label(e.source())).setHeader(getTranslation("table.source")).setSortable(true).setFlexGrow(2);
		edges.addColumn(e -> getTranslation("relation." + e.type())).setHeader(getTranslation("table.relation"))
			.setSortable(true);
		edges.addColumn(e -> label(e.target())).setHeader(getTranslation("table.target")).setSortable(true).setFlexGrow(2);
		edges.addColumn(e -> e.gap() == null ? "" : getTranslation("gap.kind." + e.gap()))
			.setHeader(getTranslation("table.gap")).setSortable(true);
		edges.addColumn(e -> mark(e.id())).setHeader(getTranslation("table.change"));
		edges.addColumn(e -> sourcing(e.id())).setHeader(getTranslation("table.evidence")).setSortable(true);
		for (Grid<?> grid : new Grid<?>[] { nodes, edges }) {
			grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
			grid.setSizeFull();
		}
		nodes.asSingleSelect().addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				onNode.accept(e.getValue().id());
			}
		});
		edges.asSingleSelect().addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				onEdge.accept(e.getValue().id());
			}
		});
		add(getTranslation("table.nodes"), nodes);
		add(getTranslation("table.edges"), edges);
	}

	public void show(MapNetwork network, Map<String, String> changeMarks, Set<String> unsourcedIds) {
		this.unsourced = unsourcedIds;
		labels.clear();
		network.nodes().forEach(n -> labels.put(n.id(), n.label()));
		this.marks = changeMarks;
		nodeRows = network.nodes();
		edgeRows = network.edges();
		nodes.setItems(nodeRows);
		edges.setItems(edgeRows);
		getTab(nodes).setLabel(getTranslation("table.nodes.count", network.nodes().size()));
		getTab(edges).setLabel(getTranslation("table.edges.count", network.edges().size()));
		// New rows come with every view; the row of what is shown stays selected.
		if (selected != null) {
			select(selected);
		}
	}

	/** Selects the row of this node or relation, shows its tab and scrolls to it; nothing for an id not drawn. */
	public void select(String id) {
		selected = id;
		nodeRows.stream().filter(n -> n.id().equals(id)).findFirst().ifPresentOrElse(node -> {
			edges.deselectAll();
			nodes.select(node);
			setSelectedTab(getTab(nodes));
			nodes.scrollToItem(node);
		}, () -> edgeRows.stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(edge -> {
			nodes.deselectAll();
			edges.select(edge);
			setSelectedTab(getTab(edges));
			edges.scrollToItem(edge);
		}));
	}

	private String label(String id) {
		return id == null ? "" : labels.getOrDefault(id, id);
	}

	private String sourcing(String id) {
		return unsourced.contains(id) ? getTranslation("unsourced") : "";
	}

	private String mark(String id) {
		String mark = marks.get(id);
		return mark == null ? "" : getTranslation("legend." + mark);
	}
}
