package se.samverkanskartan.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Views that earlier versions kept in the browser's local storage, before decks were kept by the API: read once so
 * that the panel can offer to import them into a deck, then cleared.
 */
final class SavedViewStore {

	private static final String KEY = "samverkanskartan.savedViews";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SavedViewStore() {
	}

	static void load(UI ui, Consumer<List<SavedView>> receiver) {
		ui.getPage().executeJs("return window.localStorage.getItem($0) || '[]'", KEY).then(String.class, json -> {
			try {
				receiver.accept(new ArrayList<>(JSON.readValue(json, new TypeReference<List<SavedView>>() {
				})));
			}
			catch (RuntimeException ex) {
				// Views written by a version whose form no longer reads are not worth an error.
				receiver.accept(new ArrayList<>());
			}
		});
	}

	static void clear(UI ui) {
		ui.getPage().executeJs("window.localStorage.removeItem($0)", KEY);
	}
}
