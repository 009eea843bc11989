package se.samverkanskartan.deck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.audit.Actor;

/**
 * Decks for every signed-in user, viewers included: each keeps decks of their own and changes only those; an editor
 * (or admin) may publish one of theirs for everyone to present. Every change locks the deck, compares the version
 * the caller read and raises it, in one transaction. Nothing here touches the cooperation graph or its audit trail.
 */
@Service
@PreAuthorize("hasRole('VIEWER')")
@Transactional
class DeckService {

	private final DeckStore store;

	private final DeckLimits limits;

	private final DeckInput input;

	DeckService(DeckStore store, DeckLimits limits) {
		this.store = store;
		this.limits = limits;
		this.input = new DeckInput(limits);
	}

	@Transactional(readOnly = true)
	List<Deck> mine() {
		return this.store.owned(Actor.current());
	}

	@Transactional(readOnly = true)
	List<Deck> shared() {
		return this.store.shared(Actor.current());
	}

	Deck create(String name) {
		String owner = Actor.current();
		String checked = this.input.name("name", name);
		if (this.store.countOwned(owner) >= this.limits.decks()) {
			throw new DeckException.Invalid("name", "tooManyDecks", "at most " + this.limits.decks()
					+ " decks per user; delete one first");
		}
		String id = "deck-" + UUID.randomUUID();
		this.store.create(id, checked, owner);
		return reread(id);
	}

	Deck rename(String id, long version, String name) {
		String checked = this.input.name("name", name);
		return change(id, version, Map.of("name", checked));
	}

	@PreAuthorize("hasRole('EDITOR')")
	Deck publish(String id, long version, boolean shared) {
		return change(id, version, Map.of("shared", shared));
	}

	String delete(String id, long version) {
		owned("id", id, version);
		this.store.delete(id);
		return id;
	}

	Deck addSlide(Map<String, Object> slide) {
		String deckId = String.valueOf(slide.get("deckId"));
		Deck deck = owned("deckId", deckId, version(slide));
		if (deck.slides().size() >= this.limits.slides()) {
			throw new DeckException.Invalid("deckId", "tooManySlides", "at most " + this.limits.slides()
					+ " slides in one deck; delete one first");
		}
		Slide added = new Slide("slide-" + UUID.randomUUID(), this.input.name("name", slide.get("name")),
				this.input.caption("caption", slide.get("caption")), this.input.view("view", slide.get("view")),
				this.input.date("dataAsOf", slide.get("dataAsOf")), Boolean.TRUE.equals(slide.get("live")),
				this.input.positions("positions", slide.get("positions")));
		this.store.addSlide(deckId, added, deck.slides().size());
		return bumped(deck);
	}

	/** Changes what the input holds of name, caption ({@code null} clears it) and live; leaves the rest. */
	Deck updateSlide(Map<String, Object> slide) {
		String deckId = String.valueOf(slide.get("deckId"));
		Deck deck = owned("deckId", deckId, version(slide));
		String slideId = slideOf(deck, String.valueOf(slide.get("slideId")));
		Map<String, Object> changes = new HashMap<>();
		if (slide.containsKey("name")) {
			changes.put("name", this.input.name("name", slide.get("name")));
		}
		if (slide.containsKey("caption")) {
			changes.put("caption", this.input.caption("caption", slide.get("caption")));
		}
		if (slide.get("live") instanceof Boolean live) {
			changes.put("live", live);
		}
		this.store.changeSlide(deckId, slideId, changes);
		return bumped(deck);
	}

	Deck moveSlide(String deckId, long version, String slideId, int to) {
		Deck deck = owned("deckId", deckId, version);
		slideOf(deck, slideId);
		List<String> order = new ArrayList<>(deck.slides().stream().map(Slide::id).toList());
		if (to < 0 || to >= order.size()) {
			throw new DeckException.Invalid("to", "outOfRange", "must be from 0 to " + (order.size() - 1) + ", was " + to);
		}
		order.remove(slideId);
		order.add(to, slideId);
		this.store.order(deckId, order);
		return bumped(deck);
	}

	Deck deleteSlide(String deckId, long version, String slideId) {
		Deck deck = owned("deckId", deckId, version);
		slideOf(deck, slideId);
		this.store.deleteSlide(deckId, slideId);
		List<String> rest = deck.slides().stream().map(Slide::id).filter(id -> !id.equals(slideId)).toList();
		if (!rest.isEmpty()) {
			this.store.order(deckId, rest);
		}
		return bumped(deck);
	}

	private Deck change(String id, long version, Map<String, Object> properties) {
		owned("id", id, version);
		this.store.change(id, version + 1, properties);
		return reread(id);
	}

	private Deck bumped(Deck deck) {
		this.store.change(deck.id(), deck.version() + 1, Map.of());
		return reread(deck.id());
	}

	/**
	 * The caller's deck, locked, provided the version is current. Someone else's private deck is one that does
	 * not exist; a published one may be read, not changed.
	 */
	private Deck owned(String field, String id, long version) {
		Map<String, Object> locked = this.store.lock(id).orElseThrow(() -> new DeckException.NotFound(field, id, "deck"));
		String caller = Actor.current();
		if (!caller.equals(locked.get("owner"))) {
			if (Boolean.TRUE.equals(locked.get("shared"))) {
				throw new DeckException.NotOwner(field, id);
			}
			throw new DeckException.NotFound(field, id, "deck");
		}
		long current = ((Number) locked.get("version")).longValue();
		if (current != version) {
			throw new DeckException.Conflict(id, current, version);
		}
		return reread(id);
	}

	private static String slideOf(Deck deck, String slideId) {
		return deck.slides().stream().map(Slide::id).filter(slideId::equals).findFirst()
			.orElseThrow(() -> new DeckException.NotFound("slideId", slideId, "slide in this deck"));
	}

	private static long version(Map<String, Object> input) {
		return ((Number) input.get("version")).longValue();
	}

	private Deck reread(String id) {
		return this.store.read(id, Actor.current()).orElseThrow(() -> new DeckException.NotFound("id", id, "deck"));
	}

}
