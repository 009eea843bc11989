package se.samverkanskartan.ui.present;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import se.samverkanskartan.ui.api.Deck;
import se.samverkanskartan.ui.api.DeckApi;

/** Decks and refusals in the UI's language: the API gives a stable problem code and the field, the UI the words. */
final class DeckWords {

	private DeckWords() {
	}

	/** A deck as the list shows it: "Name (publicerad)" for one's own, "Name (delad av editor)" for others'. */
	static String label(Component c, Deck deck) {
		if (!deck.mine()) {
			return c.getTranslation("decks.sharedBy", deck.name(), deck.owner());
		}
		return deck.shared() ? c.getTranslation("decks.published", deck.name()) : deck.name();
	}

	/** Why the API refused, e.g. "Namn: högst 200 tecken", falling back to its own words for a code without any. */
	static String problem(Component c, DeckApi.Answer<?> answer) {
		String words = c.getTranslation("decks.problem." + answer.problem());
		if (words.startsWith("!")) {
			words = c.getTranslation("error.code." + answer.problem());
		}
		if (words.startsWith("!")) {
			return answer.message();
		}
		String field = answer.field() == null ? null : c.getTranslation("decks.field." + answer.field());
		return field == null || field.startsWith("!") ? words : field + ": " + words;
	}

	static void refused(Component c, DeckApi.Answer<?> answer) {
		Notification note = Notification.show(problem(c, answer), 8000, Notification.Position.BOTTOM_START);
		note.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}
}
