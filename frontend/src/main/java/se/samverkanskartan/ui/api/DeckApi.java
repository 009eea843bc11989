package se.samverkanskartan.ui.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's decks of saved views, and those others published, kept by the API ({@code decks.graphqls}).
 * Every change sends the version shown; a refusal comes back as an {@link Answer} with the API's stable problem
 * code, which the UI words in its own language.
 */
@Service
public class DeckApi {

	private final GraphQlClient client;

	DeckApi(@Qualifier("cooperationGraphQlClient") GraphQlClient client) {
		this.client = client;
	}

	/** The user's decks and the published decks of others. */
	public record Decks(List<Deck> mine, List<Deck> shared) {
	}

	/**
	 * What became of a request: its value, or why not.
	 *
	 * @param field the argument or input field the API named, or null
	 * @param problem the API's code ({@code tooLong}, {@code conflict}, {@code notOwner} …) or its classification
	 * @param message the API's own (English) words
	 */
	public record Answer<T>(T value, String field, String problem, String message) {

		public boolean ok() {
			return problem == null;
		}

	}

	public Answer<Decks> decks() {
		return send("decks", Map.of(), r -> new Decks(r.field("myDecks").toEntityList(Deck.class),
				r.field("sharedDecks").toEntityList(Deck.class)));
	}

	public Answer<Deck> create(String name) {
		return deck("createDeck", Map.of("name", name));
	}

	public Answer<Deck> rename(Deck deck, String name) {
		return deck("renameDeck", Map.of("id", deck.id(), "version", deck.version(), "name", name));
	}

	public Answer<String> delete(Deck deck) {
		return send("deleteDeck", Map.of("id", deck.id(), "version", deck.version()), r -> r.field("deleteDeck").getValue());
	}

	public Answer<Deck> publish(Deck deck, boolean shared) {
		return deck("publishDeck", Map.of("id", deck.id(), "version", deck.version(), "shared", shared));
	}

	/** Adds a slide: {@code slide} holds name, caption, view, dataAsOf, live and positions as the input names them. */
	public Answer<Deck> addSlide(Deck deck, Map<String, Object> slide) {
		Map<String, Object> input = new java.util.HashMap<>(slide);
		input.put("deckId", deck.id());
		input.put("version", deck.version());
		return deck("addSlide", Map.of("input", input));
	}

	/** Changes what {@code changes} holds of the slide's name, caption and live flag. */
	public Answer<Deck> updateSlide(Deck deck, Deck.Slide slide, Map<String, Object> changes) {
		Map<String, Object> input = new java.util.HashMap<>(changes);
		input.putAll(Map.of("deckId", deck.id(), "version", deck.version(), "slideId", slide.id()));
		return deck("updateSlide", Map.of("input", input));
	}

	public Answer<Deck> moveSlide(Deck deck, Deck.Slide slide, int to) {
		return deck("moveSlide", Map.of("deckId", deck.id(), "version", deck.version(), "slideId", slide.id(), "to", to));
	}

	public Answer<Deck> deleteSlide(Deck deck, Deck.Slide slide) {
		return deck("deleteSlide", Map.of("deckId", deck.id(), "version", deck.version(), "slideId", slide.id()));
	}

	private Answer<Deck> deck(String document, Map<String, Object> variables) {
		return send(document, variables, r -> r.field(document).toEntity(Deck.class));
	}

	private <T> Answer<T> send(String document, Map<String, Object> variables, Function<ClientGraphQlResponse, T> value) {
		ClientGraphQlResponse response = client.documentName(document).variables(variables).executeSync();
		if (response.getErrors().isEmpty()) {
			return new Answer<>(value.apply(response), null, null, null);
		}
		ResponseError error = response.getErrors().getFirst();
		Object field = error.getExtensions().get("field");
		Object problem = error.getExtensions().get("problem");
		Object classification = error.getExtensions().get("classification");
		String code = problem != null ? problem.toString()
				: classification != null ? classification.toString()
				: error.getErrorType() instanceof Enum<?> type ? type.name() : "INTERNAL_ERROR";
		return new Answer<>(null, field == null ? null : field.toString(), code, error.getMessage());
	}

}
