package se.samverkanskartan.ui.present;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import se.samverkanskartan.ui.api.Deck;

/** The slides of one deck, in order: show one; for its owner also move, edit and delete. */
class SlideList extends Div {

	/** What the rows' buttons do. */
	record Actions(Consumer<Deck.Slide> show, BiConsumer<Deck.Slide, Integer> move, Consumer<Deck.Slide> edit,
			Consumer<Deck.Slide> delete) {
	}

	private final Actions actions;

	SlideList(Actions actions) {
		this.actions = actions;
		setId("slide-list");
	}

	void show(Deck deck) {
		removeAll();
		if (deck == null) {
			return;
		}
		for (int i = 0; i < deck.slides().size(); i++) {
			Deck.Slide slide = deck.slides().get(i);
			int index = i;
			Button show = new Button((i + 1) + ". " + slide.name(), e -> actions.show().accept(slide));
			show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			show.addClassName("slide-show");
			String stamp = getTranslation(slide.live() ? "views.liveShort" : "views.savedShort", slide.dataAsOf());
			Div text = new Div(show, new Span(stamp));
			if (slide.caption() != null) {
				Span caption = new Span(slide.caption());
				caption.addClassName("slide-caption-text");
				text.add(caption);
			}
			HorizontalLayout row = new HorizontalLayout(text);
			row.addClassName("saved-view");
			row.setAlignItems(FlexComponent.Alignment.CENTER);
			if (deck.mine()) {
				Button up = button(VaadinIcon.ARROW_UP, "views.up", "slide-up", () -> actions.move().accept(slide, index - 1));
				up.setEnabled(i > 0);
				Button down = button(VaadinIcon.ARROW_DOWN, "views.down", "slide-down",
						() -> actions.move().accept(slide, index + 1));
				down.setEnabled(i < deck.slides().size() - 1);
				row.add(up, down, button(VaadinIcon.EDIT, "views.edit", "slide-edit", () -> actions.edit().accept(slide)),
						button(VaadinIcon.TRASH, "views.delete", "slide-delete", () -> actions.delete().accept(slide)));
			}
			add(row);
		}
	}

	private Button button(VaadinIcon icon, String label, String className, Runnable action) {
		Button button = new Button(icon.create(), e -> action.run());
		button.setAriaLabel(getTranslation(label));
		button.addClassName(className);
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
		return button;
	}
}
