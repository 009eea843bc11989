package se.samverkanskartan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;

import se.samverkanskartan.ui.api.CardApi;
import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.DeckApi;
import se.samverkanskartan.ui.api.MapNetwork;
import se.samverkanskartan.ui.explore.DetailPanel;
import se.samverkanskartan.ui.explore.FilterPanel;
import se.samverkanskartan.ui.explore.HoverCards;
import se.samverkanskartan.ui.explore.NodeTable;
import se.samverkanskartan.ui.explore.Scene;
import se.samverkanskartan.ui.explore.SearchBox;
import se.samverkanskartan.ui.explore.TableDownloads;
import se.samverkanskartan.ui.gap.GapPanel;
import se.samverkanskartan.ui.map.CooperationMap;
import se.samverkanskartan.ui.present.PresentationMode;
import se.samverkanskartan.ui.present.SavedView;
import se.samverkanskartan.ui.present.SavedViewsPanel;
import se.samverkanskartan.ui.state.ViewState;
import se.samverkanskartan.ui.time.ChangeList;
import se.samverkanskartan.ui.time.TimePanel;

/**
 * The page's parts and their arrangement: header, sidebar (filters, focus depth, time), the map with the table
 * below it, and the side panel's tabs (details, gaps, changes, saved views). Wires their events to the page.
 */
class PageParts {

	private final MapPage page;
	private final CooperationApi api;
	private final PageEditing editing;
	private final CooperationMap map;
	private final Div stamp = new Div();
	private final Div caption = new Div();
	private final DeckApi decks;
	private final boolean mayPublish;
	private final FilterPanel filters;
	private final TimePanel time;
	private final IntegerField depth = new IntegerField();
	private final NodeTable table;
	private final DetailPanel detail;
	private final GapPanel gaps;
	private final ChangeList changes;
	private final SidePanel side = new SidePanel();
	private final Div layout = new Div();
	private SavedViewsPanel savedViews;
	private PdfExport pdf;

	PageParts(MapPage page, CooperationApi api, PageEditing editing, CardApi cards, DeckApi decks,
			boolean mayPublish) {
		this.page = page;
		this.decks = decks;
		this.mayPublish = mayPublish;
		this.api = api;
		this.editing = editing;
		map = new CooperationMap(api.vocabulary());
		filters = new FilterPanel(api.vocabulary(), f -> page.navigate(page.state().withFilter(f)),
				(l, g) -> page.navigate(page.state().withLayout(l, g)));
		time = new TimePanel((asOf, from) -> page.navigate(page.state().withDates(asOf, from)));
		table = new NodeTable(page::open, this::openEdge);
		detail = new DetailPanel(page::open, api.vocabulary()::directed);
		gaps = new GapPanel(page::showOnMap, page::showGaps);
		changes = new ChangeList(page::showOnMap);
		map.addNodeClickListener(e -> {
			if (!editing.pick(page.scene() == null ? null : page.scene().network().node(e.elementId()))) {
				page.open(e.elementId());
			}
		});
		map.addEdgeClickListener(e -> openEdge(e.elementId()));
		new HoverCards(map, cards, page::scene);
		map.addNodeDoubleClickListener(e -> page.navigate(page.state().withFocus(e.elementId(), depthValue())));
		build();
	}

	private void build() {
		PageHeader header = new PageHeader(new SearchBox(api, page::open), this::export,
				() -> page.presentation().start(page.getUI().orElseThrow(), savedViews.views()), map::fit,
				page::switchLanguage, editing.headerTools());
		editing.decorate(detail);
		depth.setId("depth");
		depth.setLabel(page.getTranslation("focus.depth"));
		depth.setMin(1);
		depth.setMax(4);
		depth.setStepButtonsVisible(true);
		depth.setValue(1);
		depth.addValueChangeListener(e -> {
			if (e.isFromClient() && page.state().neighbourhoodOnly()) {
				page.navigate(page.state().withFocus(page.state().focus(), depthValue()));
			}
		});
		Button whole = new Button(page.getTranslation("focus.whole"), e -> page.navigate(page.state().withFocus(null, 0)));
		whole.setId("whole-network");
		whole.addThemeVariants(ButtonVariant.LUMO_SMALL);
		Div sidebar = new Div(section("filter.title", filters), section("focus.title", depth, whole),
				section("time.title", time));
		sidebar.addClassName("sidebar");
		map.addClassName("map");
		stamp.addClassName("stamp");
		stamp.setId("stamp");
		caption.addClassName("slide-caption");
		caption.setId("slide-caption");
		caption.setVisible(false);
		Div mapArea = new Div(map, stamp, caption);
		mapArea.addClassName("map-area");
		table.addClassName("table-area");
		Div center = new Div(mapArea, new TableDownloads(page::scene), table);
		center.addClassName("center");
		side.tabs().add(page.getTranslation("tab.detail"), detail);
		side.tabs().add(page.getTranslation("tab.gaps"), gaps);
		side.tabs().add(page.getTranslation("tab.changes"), changes);
		savedViews = new SavedViewsPanel(decks, mayPublish, page::capture, page::showSaved,
				views -> page.presentation().start(page.getUI().orElseThrow(), views));
		side.tabs().add(page.getTranslation("tab.views"), savedViews);
		pdf = new PdfExport(page, map, savedViews::views);
		editing.addTabs(side.tabs());
		Div body = new Div(sidebar, center, side.tabs());
		body.addClassName("body");
		layout.add(header, body);
		layout.addClassName("page-layout");
	}

	private Div section(String titleKey, Component... content) {
		Div section = new Div(new H2(page.getTranslation(titleKey)));
		section.add(content);
		section.addClassName("sidebar-section");
		return section;
	}

	Div layout() {
		return layout;
	}

	CooperationMap map() {
		return map;
	}

	TimePanel time() {
		return time;
	}

	void showScene(Scene scene, MapNetwork all) {
		filters.setOptions(all);
		table.show(scene.network(), scene.marks(), scene.unsourced());
		editing.refresh();
		gaps.show(scene.gaps());
		changes.show(scene.changes(), scene.network(), scene.marks());
	}

	void showState(ViewState state, Scene scene) {
		filters.show(state);
		time.show(state.asOf(), state.compareFrom());
		if (state.depth() > 0) {
			depth.setValue(state.depth());
		}
		if (!page.presentation().active()) {
			stamp.setText(page.getTranslation("stamp.asOf", String.valueOf(scene == null ? state.effectiveDate()
					: scene.network().asOf())));
		}
	}

	/**
	 * The "data as of" stamp; for a saved view it says whether the date is the one it was saved with or today's
	 * (live), and in presentation mode it carries the view's name and place in the deck, its caption below the map.
	 */
	void stamp(SavedView view, PresentationMode presentation) {
		String date = String.valueOf(page.scene() == null ? page.state().effectiveDate() : page.scene().network().asOf());
		String text = page.getTranslation(view == null ? "stamp.asOf" : view.live() ? "stamp.live" : "stamp.saved", date);
		if (presentation.active() && presentation.size() > 0) {
			text = (view == null ? "" : view.name() + " — ") + text + " (" + (presentation.index() + 1) + "/"
					+ presentation.size() + ")";
		}
		stamp.setText(text);
		caption.setText(view != null && view.hasCaption() ? view.caption() : "");
		caption.setVisible(presentation.active() && view != null && view.hasCaption());
	}

	void openNode(String id) {
		api.node(id).ifPresentOrElse(detail::showNode, detail::showHint);
		side.showDetails();
		table.select(id);
	}

	/** Shows the node in the side panel again as it is now (after a change), without switching tabs. */
	void reloadDetail(String id) {
		String shown = id != null ? id : detail.shownNode();
		if (shown != null) {
			api.node(shown).ifPresentOrElse(detail::refresh, detail::showHint);
		}
	}

	private void openEdge(String edgeId) {
		Scene scene = page.scene();
		if (scene == null) {
			return;
		}
		scene.network().edges().stream().filter(e -> e.id().equals(edgeId)).findFirst().ifPresent(edge -> {
			MapNetwork.Node source = scene.network().node(edge.source());
			MapNetwork.Node target = scene.network().node(edge.target());
			detail.showEdge(edge, source == null ? edge.source() : source.label(),
					target == null ? edge.target() : target.label(), api.node(edge.source()).orElse(null));
			side.showDetails();
			table.select(edgeId);
			map.highlightEdge(edgeId);
		});
	}

	private int depthValue() {
		return depth.getValue() == null ? 1 : Math.max(1, Math.min(depth.getValue(), 4));
	}

	private void export(String format) {
		if ("pdf".equals(format)) {
			pdf.open();
			return;
		}
		ViewState state = page.state();
		String date = String.valueOf(page.scene() == null ? state.effectiveDate() : page.scene().network().asOf());
		map.export(format, "samverkanskartan-" + date + "." + format, page.getTranslation("app.title"),
				page.getTranslation("stamp.asOf", date));
	}

}
