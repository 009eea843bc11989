package se.samverkanskartan.deck;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The decks of {@code decks.graphqls}; the service checks roles, owners, versions and limits. */
@Controller
class DeckController {

	private final DeckService decks;

	DeckController(DeckService decks) {
		this.decks = decks;
	}

	@QueryMapping
	List<Deck> myDecks() {
		return this.decks.mine();
	}

	@QueryMapping
	List<Deck> sharedDecks() {
		return this.decks.shared();
	}

	@MutationMapping
	Deck createDeck(@Argument String name) {
		return this.decks.create(name);
	}

	@MutationMapping
	Deck renameDeck(@Argument String id, @Argument int version, @Argument String name) {
		return this.decks.rename(id, version, name);
	}

	@MutationMapping
	String deleteDeck(@Argument String id, @Argument int version) {
		return this.decks.delete(id, version);
	}

	@MutationMapping
	Deck publishDeck(@Argument String id, @Argument int version, @Argument boolean shared) {
		return this.decks.publish(id, version, shared);
	}

	@MutationMapping
	Deck addSlide(@Argument Map<String, Object> input) {
		return this.decks.addSlide(input);
	}

	@MutationMapping
	Deck updateSlide(@Argument Map<String, Object> input) {
		return this.decks.updateSlide(input);
	}

	@MutationMapping
	Deck moveSlide(@Argument String deckId, @Argument int version, @Argument String slideId, @Argument int to) {
		return this.decks.moveSlide(deckId, version, slideId, to);
	}

	@MutationMapping
	Deck deleteSlide(@Argument String deckId, @Argument int version, @Argument String slideId) {
		return this.decks.deleteSlide(deckId, version, slideId);
	}

}
