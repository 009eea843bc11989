package se.samverkanskartan.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The list of saved views: save the current one under a name, show one, move or delete it, and start the
 * presentation. The current view is captured by the page (with the map's node positions) through {@code capture}.
 */
public class SavedViewsPanel extends Div {

	private final List<SavedView> views = new ArrayList<>();
	private final Div list = new Div();
	private final Consumer<SavedView> onShow;

	public SavedViewsPanel(Consumer<Consumer<SavedView>> capture, Consumer<SavedView> onShow,
			Consumer<List<SavedView>> onPresent) {
		this.onShow = onShow;
		setId("saved-views");
		TextField name = new TextField(getTranslation("views.name"));
		name.setId("view-name");
		Button save = new Button(getTranslation("views.save"), VaadinIcon.BOOKMARK.create(), e -> capture.accept(view -> {
			String title = name.getValue().isBlank() ? getTranslation("views.defaultName", views.size() + 1)
					: name.getValue().strip();
			views.add(new SavedView(title, view.state(), view.dataAsOf()));
			name.clear();
			changed();
		}));
		save.setId("save-view");
		Button present = new Button(getTranslation("views.present"), VaadinIcon.PRESENTATION.create(),
				e -> onPresent.accept(List.copyOf(views)));
		present.setId("present-views");
		present.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout actions = new HorizontalLayout(save, present);
		actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
		add(name, actions, new Paragraph(getTranslation("views.hint")), list);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		SavedViewStore.load(event.getUI(), loaded -> {
			views.clear();
			views.addAll(loaded);
			render();
		});
	}

	private void changed() {
		getUI().ifPresent(ui -> SavedViewStore.save(ui, views));
		render();
	}

	private void render() {
		list.removeAll();
		for (int i = 0; i < views.size(); i++) {
			SavedView view = views.get(i);
			int index = i;
			Button show = new Button((i + 1) + ". " + view.name(), e -> onShow.accept(view));
			show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(index, -1));
			up.setAriaLabel(getTranslation("views.up"));
			up.setEnabled(i > 0);
			Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
				views.remove(index);
				changed();
			});
			delete.setAriaLabel(getTranslation("views.delete"));
			for (Button b : new Button[] { up, delete }) {
				b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
			}
			HorizontalLayout row = new HorizontalLayout(show, up, delete);
			row.addClassName("saved-view");
			row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
			list.add(row);
		}
	}

	private void move(int index, int by) {
		views.add(index + by, views.remove(index));
		changed();
	}

	public List<SavedView> views() {
		return List.copyOf(views);
	}
}
