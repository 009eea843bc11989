package se.samverkanskartan.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps saved views in the browser's local storage. The API is read-only, and a deck of views belongs to the
 * person preparing a meeting, on the machine that will show it; the URL of each view is the way to share it.
 */
public final class SavedViewStore {

	private static final String KEY = "samverkanskartan.savedViews";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SavedViewStore() {
	}

	public static void load(UI ui, Consumer<List<SavedView>> receiver) {
		ui.getPage().executeJs("return window.localStorage.getItem($0) || '[]'", KEY).then(String.class, json -> {
			try {
				receiver.accept(new ArrayList<>(JSON.readValue(json, new TypeReference<List<SavedView>>() {
				})));
			}
			catch (RuntimeException ex) {
				// A deck written by an older version that no longer reads is dropped, not fatal.
				receiver.accept(new ArrayList<>());
			}
		});
	}

	public static void save(UI ui, List<SavedView> views) {
		ui.getPage().executeJs("window.localStorage.setItem($0, $1)", KEY, JSON.writeValueAsString(views));
	}
}
