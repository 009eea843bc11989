package se.samverkanskartan.ui.map;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import com.vaadin.flow.shared.Registration;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.ui.api.Vocabulary;

/**
 * The cooperation graph drawn by Cytoscape.js ({@code cooperation-map.js}). Java decides what to show; the browser
 * decides how it looks and where nodes go, and reports clicks back as {@link MapEvents}.
 */
@Tag("cooperation-map")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
@NpmPackage(value = "cytoscape-svg", version = "0.4.0")
@NpmPackage(value = "jspdf", version = "4.2.1")
@NpmPackage(value = "svg2pdf.js", version = "2.8.1")
// The geographic layout's base map (map-basemap.js): Natural Earth outlines, bundled, loaded with that layout only.
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@JsModule("./cooperation-map.js")
public class CooperationMap extends Component implements HasSize {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Vocabulary vocabulary;

	public CooperationMap(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
		setId("cooperation-map");
		getElement().setAttribute("role", "img");
	}

	/** Draws a new picture; the legend's texts follow the UI's language. */
	public void show(MapPicture picture) {
		draw(picture, false);
	}

	/**
	 * Draws the picture again after the data changed (a live update): its positions are where the nodes are now, and
	 * the zoom, pan and label size stay as the user has them, so that a map being presented does not jump.
	 */
	public void redraw(MapPicture picture) {
		draw(picture, true);
	}

	private void draw(MapPicture picture, boolean keepView) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("keepView", keepView);
		payload.put("nodes", picture.network().nodes());
		payload.put("edges", picture.network().edges());
		payload.put("layout", picture.layout().clientName());
		payload.put("grouped", picture.grouped());
		payload.put("fold", picture.fold());
		payload.put("positions", picture.positions());
		payload.put("marks", picture.marks());
		payload.put("focus", picture.focus());
		payload.put("unsourced", picture.unsourced());
		payload.put("missing", picture.network().lackingAgreement());
		payload.put("labels", MapLabels.of(this, picture.network(), vocabulary));
		getElement().setAttribute("aria-label", getTranslation("map.aria", picture.network().nodes().size(),
				picture.network().edges().size()));
		getElement().callJsFunction("setGraph", JSON.writeValueAsString(payload));
	}

	public void relayout(MapLayout layout) {
		getElement().callJsFunction("relayout", layout.clientName());
	}

	public void focus(String nodeId) {
		getElement().callJsFunction("focusNode", nodeId);
	}

	/** Selects one relation on the map (its ends stay as they are), e.g. when its row in the table is chosen. */
	public void highlightEdge(String edgeId) {
		getElement().callJsFunction("highlightEdge", edgeId);
	}

	public void clearFocus() {
		getElement().callJsFunction("clearFocus");
	}

	public void fit() {
		getElement().callJsFunction("fitView");
	}

	public void setPresentation(boolean on) {
		getElement().callJsFunction("setPresentation", on);
	}

	/** Downloads the current view with its legend; {@code format} is {@code png} or {@code svg}. */
	public void export(String format, String filename, String title, String stamp) {
		getElement().callJsFunction("exportImage", format, filename, title, stamp);
	}

	/**
	 * Downloads the current view as a one-page PDF: title, caption (none if blank), stamp, the map as vector graphics
	 * and its whole legend.
	 */
	public void exportPdf(PdfFormat format, String filename, String title, String caption, String stamp) {
		beginPdf(format);
		addPdfPage(title, caption, stamp);
		savePdf(filename);
	}

	/** Starts a PDF document in the browser, to which {@link #addPdfPage} adds pages; one at a time per map. */
	public void beginPdf(PdfFormat format) {
		getElement().callJsFunction("beginPdf", format.clientName());
	}

	/**
	 * Adds a page of what the map shows once it has drawn it (after {@link #expectDrawing()}, a new drawing);
	 * the result completes when the page is on the document.
	 */
	public PendingJavaScriptResult addPdfPage(String title, String caption, String stamp) {
		return getElement().callJsFunction("addPdfPage", title, caption == null || caption.isBlank() ? "" : caption.strip(),
				stamp);
	}

	/** Downloads the PDF document with the pages added so far. */
	public void savePdf(String filename) {
		getElement().callJsFunction("savePdf", filename);
	}

	/** The next {@link #addPdfPage} waits for the map to draw anew: the drawn count is set again after setGraph. */
	public void expectDrawing() {
		getElement().executeJs("this.removeAttribute('data-node-count')");
	}

	/** Asks the browser where the nodes are now (after dragging), for a saved view. */
	public void positions(Consumer<Map<String, MapPicture.Position>> receiver) {
		getElement().callJsFunction("positions").then(String.class,
				json -> receiver.accept(JSON.readValue(json, new TypeReference<Map<String, MapPicture.Position>>() {
				})));
	}

	public Registration addNodeClickListener(ComponentEventListener<MapEvents.NodeClick> listener) {
		return addListener(MapEvents.NodeClick.class, listener);
	}

	public Registration addNodeDoubleClickListener(ComponentEventListener<MapEvents.NodeDoubleClick> listener) {
		return addListener(MapEvents.NodeDoubleClick.class, listener);
	}

	public Registration addCardRequestListener(ComponentEventListener<MapEvents.CardRequest> listener) {
		return addListener(MapEvents.CardRequest.class, listener);
	}

	/** Shows the card asked for, if the pointer still rests on {@code id}. */
	public void showCard(String id, MapCard card) {
		getElement().callJsFunction("showCard", id, JSON.writeValueAsString(card));
	}

	public Registration addEdgeClickListener(ComponentEventListener<MapEvents.EdgeClick> listener) {
		return addListener(MapEvents.EdgeClick.class, listener);
	}
}
