package se.samverkanskartan.ui.present;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.router.QueryParameters;

import se.samverkanskartan.ui.api.Deck;
import se.samverkanskartan.ui.map.MapPicture.Position;
import se.samverkanskartan.ui.state.ViewState;
import se.samverkanskartan.ui.state.ViewStateCodec;

/** A slide of the API as a {@link SavedView} and back: the view in its URL form, the node positions beside it. */
final class Slides {

	private Slides() {
	}

	static SavedView view(Deck.Slide slide) {
		ViewState state = ViewStateCodec.fromQuery(QueryParameters.fromString(slide.view()))
			.withPositions(slide.positions().stream()
				.collect(Collectors.toMap(Deck.Position::id, p -> new Position(p.x(), p.y()), (a, b) -> a)));
		return new SavedView(slide.name(), slide.caption(), state, slide.dataAsOf(), slide.live());
	}

	static List<SavedView> views(Deck deck) {
		return deck == null ? List.of() : deck.slides().stream().map(Slides::view).toList();
	}

	/** The {@code AddSlideInput} of a view, without the deck and its version. */
	static Map<String, Object> input(SavedView view) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", view.name());
		input.put("caption", view.hasCaption() ? view.caption() : null);
		input.put("view", ViewStateCodec.toQuery(view.state()).getQueryString());
		input.put("dataAsOf", view.dataAsOf().toString());
		input.put("live", view.live());
		input.put("positions", view.state().positions().entrySet().stream()
			.map(e -> Map.<String, Object>of("id", e.getKey(), "x", e.getValue().x(), "y", e.getValue().y())).toList());
		return input;
	}
}
