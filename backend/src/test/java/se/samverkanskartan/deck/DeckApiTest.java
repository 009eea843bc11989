package se.samverkanskartan.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * Decks through HTTP: kept per user on the server, changed only by their owner with the version they read, published
 * by editors for viewers to present, bounded, and never part of the cooperation graph.
 */
@GraphApplicationTest
class DeckApiTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester editor;

	HttpGraphQlTester viewer;

	@BeforeEach
	void connect() {
		this.editor = TestCredentials.graphQl(this.port, TestCredentials.basic("editor", "editor-dev"));
		this.viewer = TestCredentials.graphQl(this.port, TestCredentials.basic("viewer", "viewer-dev"));
	}

	@Test
	void anEditorBuildsADeckInOrderAndPublishesItForAViewerToPresent() {
		String id = create(this.editor, "Styrelsemöte december");
		addSlide(this.editor, id, 1, "Hela nätverket", null, "", List.of());
		addSlide(this.editor, id, 2, "Sjukhusen", "Södra sjukvårdsregionen", "kind=HOSPITAL,REGION&layout=geographic",
				List.of(Map.of("id", "hospital-sus", "x", 12.5, "y", -3.0)));
		var moved = this.editor.documentName("moveSlide").variable("deckId", id).variable("version", 3)
			.variable("slideId", slideId(this.editor, id, 1)).variable("to", 0).execute();
		moved.path("moveSlide.slides[*].name").entityList(String.class).containsExactly("Sjukhusen", "Hela nätverket");
		moved.path("moveSlide.slides[0].positions[0].id").entity(String.class).isEqualTo("hospital-sus");
		moved.path("moveSlide.slides[0].positions[0].x").entity(Double.class).isEqualTo(12.5);
		moved.path("moveSlide.slides[0].dataAsOf").entity(String.class).isEqualTo("2026-01-15");
		String first = slideId(this.editor, id, 0);
		var captioned = this.editor.documentName("updateSlide")
			.variable("input", Map.of("deckId", id, "version", 4, "slideId", first, "name", "Sjukhus i söder",
					"caption", "  Flöden mellan sjukhusen  "))
			.execute();
		captioned.path("updateSlide.slides[0].name").entity(String.class).isEqualTo("Sjukhus i söder");
		captioned.path("updateSlide.slides[0].caption").entity(String.class).isEqualTo("Flöden mellan sjukhusen");
		captioned.path("updateSlide.slides[0].view").entity(String.class).isEqualTo("kind=HOSPITAL,REGION&layout=geographic");
		captioned.path("updateSlide.version").entity(Integer.class).isEqualTo(5);

		// Private until published: the viewer sees nothing of it.
		this.viewer.documentName("myDecks").execute().path("sharedDecks[*].id").entityList(String.class).doesNotContain(id);
		this.editor.documentName("publishDeck").variable("id", id).variable("version", 5).variable("shared", true).execute()
			.path("publishDeck.shared").entity(Boolean.class).isEqualTo(true);

		var seen = this.viewer.documentName("myDecks").execute();
		seen.path("myDecks[*].id").entityList(String.class).doesNotContain(id);
		seen.path("sharedDecks[?(@.id == '" + id + "')].owner").entityList(String.class).containsExactly("editor");
		seen.path("sharedDecks[?(@.id == '" + id + "')].mine").entityList(Boolean.class).containsExactly(false);
		seen.path("sharedDecks[?(@.id == '" + id + "')].slides[0].caption").entityList(String.class)
			.containsExactly("Flöden mellan sjukhusen");
		this.editor.documentName("myDecks").execute().path("myDecks[?(@.id == '" + id + "')].mine")
			.entityList(Boolean.class).containsExactly(true);
	}

	@Test
	void aViewerKeepsPrivateDecksButMayNeitherPublishNorChangeSomeoneElses() {
		String own = create(this.viewer, "Mina vyer");
		addSlide(this.viewer, own, 1, "Vy 1", null, "asOf=2025-01-01", List.of());
		refused(this.viewer.documentName("publishDeck").variable("id", own).variable("version", 2).variable("shared", true),
				"FORBIDDEN");

		String editors = create(this.editor, "Redaktörens");
		// Someone else's private deck is one that does not exist.
		var hidden = refused(this.viewer.documentName("renameDeck").variable("id", editors).variable("version", 1)
			.variable("name", "Kapad"), "NOT_FOUND");
		assertThat(hidden.getExtensions()).containsEntry("field", "id").containsEntry("problem", "notFound");
		this.editor.documentName("publishDeck").variable("id", editors).variable("version", 1).variable("shared", true)
			.execute();
		var notOwner = refused(this.viewer.documentName("deleteDeck").variable("id", editors).variable("version", 2),
				"FORBIDDEN");
		assertThat(notOwner.getExtensions()).containsEntry("problem", "notOwner");
		this.viewer.documentName("deleteDeck").variable("id", own).variable("version", 2).execute()
			.path("deleteDeck").entity(String.class).isEqualTo(own);
	}

	@Test
	void aStaleVersionIsRefusedAndWritesNothing() {
		String id = create(this.editor, "Två flikar");
		this.editor.documentName("renameDeck").variable("id", id).variable("version", 1).variable("name", "Först").execute();
		var stale = refused(this.editor.documentName("renameDeck").variable("id", id).variable("version", 1)
			.variable("name", "Sedan"), "CONFLICT");
		assertThat(stale.getExtensions()).containsEntry("currentVersion", 2).containsEntry("field", "version");
		assertThat(stale.getMessage()).contains("Nothing was written");
		this.editor.documentName("myDecks").execute().path("myDecks[?(@.id == '" + id + "')].name")
			.entityList(String.class).containsExactly("Först");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndDecksAreBounded() {
		var tooLong = refused(this.editor.documentName("createDeck").variable("name", "x".repeat(201)), "BAD_REQUEST");
		assertThat(tooLong.getExtensions()).containsEntry("field", "name").containsEntry("problem", "tooLong");
		assertThat(tooLong.getMessage()).isEqualTo("name: at most 200 characters, was 201");
		refused(this.editor.documentName("createDeck").variable("name", "   "), "BAD_REQUEST");

		String id = create(this.editor, "Full");
		Map<String, Object> bad = slide(id, 1, "Med mellanslag", null, "kind=HOSPITAL layout", List.of());
		assertThat(refused(this.editor.documentName("addSlide").variable("input", bad), "BAD_REQUEST").getExtensions())
			.containsEntry("field", "view");
		for (int n = 1; n <= 50; n++) {
			addSlide(this.editor, id, n, "Vy " + n, null, "", List.of());
		}
		var full = refused(this.editor.documentName("addSlide").variable("input", slide(id, 51, "En för mycket", null, "",
				List.of())), "BAD_REQUEST");
		assertThat(full.getExtensions()).containsEntry("field", "deckId").containsEntry("problem", "tooManySlides");
		var outOfRange = refused(this.editor.documentName("moveSlide").variable("deckId", id).variable("version", 51)
			.variable("slideId", slideId(this.editor, id, 0)).variable("to", 50), "BAD_REQUEST");
		assertThat(outOfRange.getExtensions()).containsEntry("field", "to");
	}

	@Test
	void decksAreNoFactsOfTheCooperationGraph() {
		String id = create(this.editor, "Zqdeckord presentation");
		addSlide(this.editor, id, 1, "Zqdeckord bild", "Zqdeckord text", "", List.of());
		this.editor.documentName("search").variable("text", "Zqdeckord").variable("first", 100).execute()
			.path("search").entityList(Object.class).hasSize(0);
		this.editor.documentName("auditTrail").variable("entityId", id).execute()
			.path("auditTrail.edges").entityList(Object.class).hasSize(0);
		// Not a node of the graph, by its id: the map, the table and the exports read nodes, and none is a deck.
		this.editor.documentName("nodeState").variable("id", id).execute().path("node").valueIsNull();
	}

	private static String create(HttpGraphQlTester as, String name) {
		var created = as.documentName("createDeck").variable("name", name).execute();
		created.path("createDeck.version").entity(Integer.class).isEqualTo(1);
		created.path("createDeck.shared").entity(Boolean.class).isEqualTo(false);
		return created.path("createDeck.id").entity(String.class).get();
	}

	private static void addSlide(HttpGraphQlTester as, String deckId, int version, String name, String caption,
			String view, List<Map<String, Object>> positions) {
		as.documentName("addSlide").variable("input", slide(deckId, version, name, caption, view, positions)).execute()
			.path("addSlide.version").entity(Integer.class).isEqualTo(version + 1);
	}

	private static Map<String, Object> slide(String deckId, int version, String name, String caption, String view,
			List<Map<String, Object>> positions) {
		Map<String, Object> input = new HashMap<>(Map.of("deckId", deckId, "version", version, "name", name, "view", view,
				"dataAsOf", "2026-01-15", "positions", positions));
		input.put("caption", caption);
		return input;
	}

	private static String slideId(HttpGraphQlTester as, String deckId, int index) {
		return as.documentName("myDecks").execute()
			.path("myDecks[?(@.id == '" + deckId + "')].slides[" + index + "].id").entityList(String.class).get().getFirst();
	}

	private static ResponseError refused(GraphQlTester.Request<?> request, String classification) {
		ResponseError[] first = new ResponseError[1];
		request.execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo(classification);
				first[0] = error;
			});
		});
		return first[0];
	}

}
