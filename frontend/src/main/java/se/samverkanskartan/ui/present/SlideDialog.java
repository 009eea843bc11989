package se.samverkanskartan.ui.present;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.ui.api.Deck;

/** Renames a slide, changes its caption, or makes it live; sends only what changed. */
class SlideDialog extends Dialog {

	SlideDialog(Deck.Slide slide, Consumer<Map<String, Object>> onSave) {
		setId("slide-dialog");
		setHeaderTitle(getTranslation("decks.editSlide"));
		TextField name = new TextField(getTranslation("views.name"));
		name.setId("slide-name");
		name.setValue(slide.name());
		TextArea caption = new TextArea(getTranslation("views.caption"));
		caption.setId("slide-caption");
		caption.setValue(slide.caption() == null ? "" : slide.caption());
		Checkbox live = new Checkbox(getTranslation("views.live"), slide.live());
		live.setId("slide-live");
		Button save = new Button(getTranslation("decks.saveSlide"), e -> {
			Map<String, Object> changes = new HashMap<>();
			if (!name.getValue().equals(slide.name())) {
				changes.put("name", name.getValue());
			}
			if (!caption.getValue().equals(slide.caption() == null ? "" : slide.caption())) {
				changes.put("caption", caption.getValue().isBlank() ? null : caption.getValue());
			}
			if (live.getValue() != slide.live()) {
				changes.put("live", live.getValue());
			}
			close();
			if (!changes.isEmpty()) {
				onSave.accept(changes);
			}
		});
		save.setId("slide-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("decks.cancel"), e -> close());
		name.setWidthFull();
		caption.setWidthFull();
		add(name, caption, live);
		getFooter().add(cancel, save);
	}
}
