package se.samverkanskartan.deck;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher behind decks. A deck is a {@code :Deck} node with its {@code :Slide} nodes ({@code HAS_SLIDE}, in the
 * order of their {@code position}); both have labels of their own, so nothing that reads the cooperation graph
 * ({@code :Entity}) ever meets them. Lookups go through the indexes of V008: by id, by owner, by published.
 */
@Component
class DeckStore {

	private static final String DECK = """
			RETURN d {.*} AS deck, [(d)-[:HAS_SLIDE]->(s:Slide) | s {.*}] AS slides""";

	private final Neo4jClient client;

	DeckStore(Neo4jClient client) {
		this.client = client;
	}

	/** The deck's stored properties, its write lock held until the transaction ends, so versions compare safely. */
	Optional<Map<String, Object>> lock(String id) {
		return this.client.query("MATCH (d:Deck {id: $id}) SET d.version = d.version RETURN d {.*} AS deck")
			.bind(id).to("id").fetch().one().map(row -> properties(row.get("deck")));
	}

	Optional<Deck> read(String id, String caller) {
		return this.client.query("MATCH (d:Deck {id: $id})\n" + DECK).bind(id).to("id")
			.fetch().one().map(row -> deck(row, caller));
	}

	List<Deck> owned(String owner) {
		return decks("MATCH (d:Deck {owner: $owner})\n" + DECK + "\nORDER BY d.name, d.id", owner);
	}

	/** Published decks of others. */
	List<Deck> shared(String caller) {
		return decks("MATCH (d:Deck {shared: true}) WHERE d.owner <> $owner\n" + DECK + "\nORDER BY d.name, d.id", caller);
	}

	long countOwned(String owner) {
		return this.client.query("MATCH (d:Deck {owner: $owner}) RETURN count(d)").bind(owner).to("owner")
			.fetchAs(Long.class).one().orElse(0L);
	}

	void create(String id, String name, String owner) {
		this.client.query("""
				CREATE (:Deck {id: $id, name: $name, owner: $owner, shared: false, version: 1, createdAt: datetime()})""")
			.bindAll(Map.of("id", id, "name", name, "owner", owner)).run();
	}

	/** Sets the deck's own properties ({@code name}, {@code shared}) and its new version. */
	void change(String id, long version, Map<String, Object> properties) {
		this.client.query("MATCH (d:Deck {id: $id}) SET d += $properties, d.version = $version, d.changedAt = datetime()")
			.bindAll(Map.of("id", id, "version", version, "properties", properties)).run();
	}

	void delete(String id) {
		this.client.query("""
				MATCH (d:Deck {id: $id})
				OPTIONAL MATCH (d)-[:HAS_SLIDE]->(s:Slide)
				DETACH DELETE s, d""").bind(id).to("id").run();
	}

	void addSlide(String deckId, Slide slide, int position) {
		Map<String, Object> stored = new java.util.HashMap<>(Map.of("id", slide.id(), "name", slide.name(),
				"view", slide.view(), "dataAsOf", slide.dataAsOf(), "live", slide.live(), "position", position));
		if (!slide.positions().isEmpty()) {
			// A list of maps is no property value: three lists side by side, read back together.
			stored.put("positionIds", slide.positions().stream().map(Slide.NodePosition::id).toList());
			stored.put("positionXs", slide.positions().stream().map(Slide.NodePosition::x).toList());
			stored.put("positionYs", slide.positions().stream().map(Slide.NodePosition::y).toList());
		}
		if (slide.caption() != null) {
			stored.put("caption", slide.caption());
		}
		this.client.query("MATCH (d:Deck {id: $deck}) CREATE (d)-[:HAS_SLIDE]->(s:Slide) SET s = $slide")
			.bindAll(Map.of("deck", deckId, "slide", stored)).run();
	}

	/** Sets a slide's name, caption or live flag; a null caption removes it. */
	void changeSlide(String deckId, String slideId, Map<String, Object> changes) {
		this.client.query("MATCH (:Deck {id: $deck})-[:HAS_SLIDE]->(s:Slide {id: $slide}) SET s += $changes")
			.bindAll(Map.of("deck", deckId, "slide", slideId, "changes", changes)).run();
	}

	void deleteSlide(String deckId, String slideId) {
		this.client.query("MATCH (:Deck {id: $deck})-[:HAS_SLIDE]->(s:Slide {id: $slide}) DETACH DELETE s")
			.bindAll(Map.of("deck", deckId, "slide", slideId)).run();
	}

	/** Numbers the deck's slides 0, 1, … in the order of {@code slideIds}. */
	void order(String deckId, List<String> slideIds) {
		this.client.query("""
				UNWIND range(0, size($ids) - 1) AS i
				MATCH (:Deck {id: $deck})-[:HAS_SLIDE]->(s:Slide {id: $ids[i]})
				SET s.position = i""").bindAll(Map.of("deck", deckId, "ids", slideIds)).run();
	}

	private List<Deck> decks(String cypher, String caller) {
		return this.client.query(cypher).bind(caller).to("owner").fetch().all().stream()
			.map(row -> deck(row, caller)).toList();
	}

	@SuppressWarnings("unchecked")
	private static Deck deck(Map<String, Object> row, String caller) {
		Map<String, Object> deck = properties(row.get("deck"));
		List<Slide> slides = ((Collection<Object>) row.get("slides")).stream().map(DeckStore::properties)
			.sorted(Comparator.comparingLong(s -> ((Number) s.get("position")).longValue()))
			.map(DeckStore::slide).toList();
		String owner = (String) deck.get("owner");
		return new Deck((String) deck.get("id"), (String) deck.get("name"), owner,
				Boolean.TRUE.equals(deck.get("shared")), ((Number) deck.get("version")).longValue(),
				owner.equals(caller), slides);
	}

	@SuppressWarnings("unchecked")
	private static Slide slide(Map<String, Object> s) {
		List<String> ids = (List<String>) s.getOrDefault("positionIds", List.of());
		List<Number> xs = (List<Number>) s.getOrDefault("positionXs", List.of());
		List<Number> ys = (List<Number>) s.getOrDefault("positionYs", List.of());
		List<Slide.NodePosition> positions = IntStream.range(0, ids.size())
			.mapToObj(i -> new Slide.NodePosition(ids.get(i), xs.get(i).doubleValue(), ys.get(i).doubleValue())).toList();
		return new Slide((String) s.get("id"), (String) s.get("name"), (String) s.get("caption"), (String) s.get("view"),
				(LocalDate) s.get("dataAsOf"), Boolean.TRUE.equals(s.get("live")), positions);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Object value) {
		return (Map<String, Object>) value;
	}

}
