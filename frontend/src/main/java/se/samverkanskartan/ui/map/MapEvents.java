package se.samverkanskartan.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The events the map sends back: a click or double-click on a node or an edge, with the element's id. */
public final class MapEvents {

	private MapEvents() {
	}

	/** Something on the map was clicked or double-clicked. */
	public abstract static class ElementEvent extends ComponentEvent<CooperationMap> {

		private final String elementId;

		ElementEvent(CooperationMap source, boolean fromClient, String elementId) {
			super(source, fromClient);
			this.elementId = elementId;
		}

		public String elementId() {
			return elementId;
		}
	}

	@DomEvent("node-click")
	public static class NodeClick extends ElementEvent {
		public NodeClick(CooperationMap source, boolean fromClient, @EventData("event.detail.id") String id) {
			super(source, fromClient, id);
		}
	}

	@DomEvent("node-dblclick")
	public static class NodeDoubleClick extends ElementEvent {
		public NodeDoubleClick(CooperationMap source, boolean fromClient, @EventData("event.detail.id") String id) {
			super(source, fromClient, id);
		}
	}

	@DomEvent("edge-click")
	public static class EdgeClick extends ElementEvent {
		public EdgeClick(CooperationMap source, boolean fromClient, @EventData("event.detail.id") String id) {
			super(source, fromClient, id);
		}
	}

	/** The pointer rests on a node or an edge: the map asks for its card. */
	@DomEvent("card-request")
	public static class CardRequest extends ElementEvent {

		private final boolean edge;

		public CardRequest(CooperationMap source, boolean fromClient, @EventData("event.detail.id") String id,
				@EventData("event.detail.edge") boolean edge) {
			super(source, fromClient, id);
			this.edge = edge;
		}

		public boolean edge() {
			return edge;
		}
	}
}
