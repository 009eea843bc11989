package se.samverkanskartan.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;

import se.samverkanskartan.ui.api.Deck;
import se.samverkanskartan.ui.api.DeckApi;

/**
 * Decks of saved views, kept by the API: choose one of one's own or one that others published, save the current
 * view as a slide (with a caption), move, edit and delete slides, publish a deck (editors), and present it. The
 * current view is captured by the page (with the map's node positions) through {@code capture}.
 */
public class SavedViewsPanel extends Div {

	private static final String CHOSEN = "samverkanskartan.chosenDeck";

	private final DeckApi api;
	private final boolean mayPublish;
	private final Select<Deck> choice = new Select<>();
	private final TextField deckName = new TextField();
	private final Button publish = new Button();
	private final Button rename = new Button();
	private final Button delete = new Button();
	private final Button importLocal = new Button();
	private final SlideList slides;
	private List<SavedView> local = List.of();

	public SavedViewsPanel(DeckApi api, boolean mayPublish, Consumer<Consumer<SavedView>> capture,
			Consumer<SavedView> onShow, Consumer<List<SavedView>> onPresent) {
		this.api = api;
		this.mayPublish = mayPublish;
		setId("saved-views");
		choice.setId("deck-select");
		choice.setLabel(getTranslation("decks.choose"));
		choice.setItemLabelGenerator(deck -> DeckWords.label(this, deck));
		choice.setEmptySelectionAllowed(false);
		choice.addValueChangeListener(e -> showDeck());
		deckName.setId("deck-name");
		deckName.setLabel(getTranslation("decks.name"));
		Button create = action(new Button(), "new-deck", "decks.new", VaadinIcon.PLUS,
				() -> created(api.create(nameOr(deckName, "decks.defaultName"))));
		action(rename, "rename-deck", "decks.rename", VaadinIcon.EDIT,
				() -> changed(api.rename(current(), nameOr(deckName, "decks.defaultName"))));
		action(delete, "delete-deck", "decks.delete", VaadinIcon.TRASH, () -> {
			DeckApi.Answer<String> answer = api.delete(current());
			if (answer.ok()) {
				reload(null);
			}
			else {
				refused(answer);
			}
		});
		action(publish, "publish-deck", "decks.publish", VaadinIcon.GROUP,
				() -> changed(api.publish(current(), !current().shared())));
		TextField name = new TextField(getTranslation("views.name"));
		name.setId("view-name");
		TextArea caption = new TextArea(getTranslation("views.caption"));
		caption.setId("view-caption");
		Checkbox live = new Checkbox(getTranslation("views.live"));
		live.setId("view-live");
		Button save = new Button(getTranslation("views.save"), VaadinIcon.BOOKMARK.create(), e -> capture.accept(view -> {
			Deck deck = current() != null && current().mine() ? current() : ownDeck();
			if (deck == null) {
				return;
			}
			String title = nameOr(name, "views.defaultName", deck.slides().size() + 1);
			SavedView slide = new SavedView(title, caption.getValue().strip(), view.state(), view.dataAsOf(),
					live.getValue());
			if (changed(api.addSlide(deck, Slides.input(slide)))) {
				name.clear();
				caption.clear();
				live.clear();
			}
		}));
		save.setId("save-view");
		Button present = new Button(getTranslation("views.present"), VaadinIcon.PRESENTATION.create(),
				e -> onPresent.accept(views()));
		present.setId("present-views");
		present.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		action(importLocal, "import-local", "decks.importLocal", VaadinIcon.DOWNLOAD, this::importLocal);
		importLocal.setVisible(false);
		slides = new SlideList(new SlideList.Actions(slide -> onShow.accept(Slides.view(slide)),
				(slide, to) -> changed(api.moveSlide(current(), slide, to)),
				slide -> new SlideDialog(slide, changes -> changed(api.updateSlide(current(), slide, changes))).open(),
				slide -> changed(api.deleteSlide(current(), slide))));
		add(choice, row(deckName, create), row(rename, delete, publish), name, caption, live, row(save, present),
				new Paragraph(getTranslation("views.hint")), importLocal, slides);
		name.setWidthFull();
		caption.setWidthFull();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		reload(null);
		SavedViewStore.load(event.getUI(), views -> {
			local = List.copyOf(views);
			importLocal.setText(getTranslation("decks.importLocal", views.size()));
			importLocal.setVisible(!views.isEmpty());
		});
	}

	/** The slides of the chosen deck, as views to present. */
	public List<SavedView> views() {
		return Slides.views(current());
	}

	private Deck current() {
		return choice.getValue();
	}

	/** The first deck of one's own, created when there is none yet, so that saving a view needs no step before. */
	private Deck ownDeck() {
		List<Deck> own = choice.getListDataView().getItems().filter(Deck::mine).toList();
		if (!own.isEmpty()) {
			return own.getFirst();
		}
		DeckApi.Answer<Deck> answer = api.create(getTranslation("decks.defaultName"));
		if (!answer.ok()) {
			refused(answer);
			return null;
		}
		return answer.value();
	}

	private void created(DeckApi.Answer<Deck> answer) {
		if (changed(answer)) {
			deckName.clear();
		}
	}

	/** Shows the deck the API answered, or why it refused; a stale version reloads the decks as they are now. */
	private boolean changed(DeckApi.Answer<Deck> answer) {
		if (answer.ok()) {
			reload(answer.value().id());
			return true;
		}
		refused(answer);
		return false;
	}

	private void refused(DeckApi.Answer<?> answer) {
		DeckWords.refused(this, answer);
		if ("conflict".equals(answer.problem()) || "notFound".equals(answer.problem())) {
			reload(current() == null ? null : current().id());
		}
	}

	private void reload(String selectId) {
		DeckApi.Answer<DeckApi.Decks> answer = api.decks();
		if (!answer.ok()) {
			DeckWords.refused(this, answer);
			return;
		}
		List<Deck> all = new ArrayList<>(answer.value().mine());
		all.addAll(answer.value().shared());
		String keep = selectId != null ? selectId : current() != null ? current().id() : remembered();
		choice.setItems(all);
		choice.setValue(all.stream().filter(d -> d.id().equals(keep)).findFirst().orElse(all.isEmpty() ? null : all.getFirst()));
		showDeck();
	}

	/** The deck chosen last in this session: a page loaded again (a new view, a link) keeps working on it. */
	private static String remembered() {
		VaadinSession session = VaadinSession.getCurrent();
		return session == null ? null : (String) session.getAttribute(CHOSEN);
	}

	private void showDeck() {
		Deck deck = current();
		if (deck != null && VaadinSession.getCurrent() != null) {
			VaadinSession.getCurrent().setAttribute(CHOSEN, deck.id());
		}
		boolean mine = deck != null && deck.mine();
		rename.setEnabled(mine);
		delete.setEnabled(mine);
		publish.setVisible(mayPublish && mine);
		if (mine) {
			publish.setText(getTranslation(deck.shared() ? "decks.unpublish" : "decks.publish"));
		}
		slides.show(deck);
	}

	private void importLocal() {
		DeckApi.Answer<Deck> answer = api.create(getTranslation("decks.importedName"));
		Deck deck = answer.value();
		for (SavedView view : local) {
			if (!answer.ok()) {
				break;
			}
			answer = api.addSlide(deck, Slides.input(view));
			deck = answer.value();
		}
		if (changed(answer)) {
			getUI().ifPresent(SavedViewStore::clear);
			importLocal.setVisible(false);
		}
	}

	private String nameOr(TextField field, String defaultKey, Object... params) {
		return field.getValue().isBlank() ? getTranslation(defaultKey, params) : field.getValue().strip();
	}

	private Button action(Button button, String id, String textKey, VaadinIcon icon, Runnable run) {
		button.setId(id);
		button.setText(getTranslation(textKey));
		button.setIcon(icon.create());
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		button.addClickListener(e -> run.run());
		return button;
	}

	private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
		HorizontalLayout row = new HorizontalLayout(parts);
		row.setAlignItems(FlexComponent.Alignment.BASELINE);
		row.getStyle().set("flex-wrap", "wrap");
		return row;
	}
}
