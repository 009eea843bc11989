package se.samverkanskartan.ui.present;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;

/**
 * Presentation mode: the page gets the {@code presenting} class (chrome hidden, projector theme, large labels),
 * the browser goes full screen, and the arrow keys (and the Page keys that presentation clickers send) step through
 * the slides of a deck; each is shown as {@link SavedView#shown()} has it, frozen at its data's date or live.
 * Escape ends it.
 */
public class PresentationMode {

	private final Consumer<SavedView> onShow;
	private final Consumer<Boolean> onToggle;
	private List<SavedView> slides = List.of();
	private int index;
	private List<ShortcutRegistration> keys = List.of();

	public PresentationMode(Consumer<SavedView> onShow, Consumer<Boolean> onToggle) {
		this.onShow = onShow;
		this.onToggle = onToggle;
	}

	public boolean active() {
		return !keys.isEmpty();
	}

	public int index() {
		return index;
	}

	public int size() {
		return slides.size();
	}

	/** Starts with the given views; without any, the current view is the only slide. */
	public void start(UI ui, List<SavedView> views) {
		slides = List.copyOf(views);
		index = 0;
		if (!active()) {
			keys = List.of(Shortcuts.addShortcutListener(ui, () -> step(1), Key.ARROW_RIGHT),
					Shortcuts.addShortcutListener(ui, () -> step(1), Key.PAGE_DOWN),
					Shortcuts.addShortcutListener(ui, () -> step(-1), Key.ARROW_LEFT),
					Shortcuts.addShortcutListener(ui, () -> step(-1), Key.PAGE_UP),
					Shortcuts.addShortcutListener(ui, () -> stop(ui), Key.ESCAPE));
		}
		ui.getElement().executeJs("document.documentElement.classList.add('presenting');"
				+ "if (document.fullscreenEnabled && !document.fullscreenElement) {"
				+ " document.documentElement.requestFullscreen().catch(() => {}); }");
		onToggle.accept(true);
		if (!slides.isEmpty()) {
			onShow.accept(slides.getFirst());
		}
	}

	public void stop(UI ui) {
		keys.forEach(ShortcutRegistration::remove);
		keys = List.of();
		ui.getElement().executeJs("document.documentElement.classList.remove('presenting');"
				+ "if (document.fullscreenElement) { document.exitFullscreen().catch(() => {}); }");
		onToggle.accept(false);
	}

	private void step(int by) {
		if (slides.isEmpty()) {
			return;
		}
		int next = Math.max(0, Math.min(index + by, slides.size() - 1));
		if (next != index) {
			index = next;
			onShow.accept(slides.get(index));
		}
	}
}
