package se.samverkanskartan.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The application that ships answers a repeated query from memory (api/AnswerCache), and a reader never gets an
 * answer from before a change, nor one meant for another caller, nor a mutation's answer twice. Over real HTTP, as
 * other systems call it.
 */
@SpringBootTest(classes = se.samverkanskartan.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AnswersInTheShippedAppTest extends ShippedAppTest {

	private static final String[] VIEWER = ApiCalls.basic("viewer", "viewer-dev");

	private static final String[] EDITOR = ApiCalls.basic("editor", "editor-dev");

	@Test
	void aReaderSeesAnEditInTheNextAnswerToTheSameQuery() throws Exception {
		String id = created("Svarsminne före", false);
		String read = "{ node(id: \"" + id + "\") { name version } }";
		HttpResponse<String> first = this.api.graphQl(read, VIEWER);
		assertThat(this.api.graphQl(read, VIEWER).body()).as("asked again, unchanged").isEqualTo(first.body());

		long version = ApiCalls.json(first).at("/data/node/version").asLong();
		HttpResponse<String> edit = this.api.graphQl("mutation { updateNode(input: {id: \"" + id
				+ "\", version: " + version + ", name: \"Svarsminne efter\"}) { version } }", EDITOR);
		assertThat(edit.body()).doesNotContain("errors");

		assertThat(ApiCalls.json(this.api.graphQl(read, VIEWER)).at("/data/node/name").asString())
			.isEqualTo("Svarsminne efter");
	}

	@Test
	void anInternalFactKeptForAnEditorIsNeverHandedToAViewer() throws Exception {
		String id = created("Internt svarsminne", true);
		String read = "{ node(id: \"" + id + "\") { name } }";

		assertThat(ApiCalls.json(this.api.graphQl(read, EDITOR)).at("/data/node/name").asString())
			.isEqualTo("Internt svarsminne");
		assertThat(ApiCalls.json(this.api.graphQl(read, VIEWER)).at("/data/node").isNull()).as("hidden from a viewer").isTrue();
		assertThat(ApiCalls.json(this.api.graphQl(read, EDITOR)).at("/data/node/name").asString()).isEqualTo("Internt svarsminne");
		assertThat(ApiCalls.json(this.api.graphQl(read, VIEWER)).at("/data/node").isNull()).isTrue();
	}

	@Test
	void theSameMutationSentTwiceIsCarriedOutTwice() throws Exception {
		String create = "mutation { createNode(input: {kind: CARE_AREA, name: \"Två gånger\"}) { id } }";
		String first = ApiCalls.json(this.api.graphQl(create, EDITOR)).at("/data/createNode/id").asString();
		String second = ApiCalls.json(this.api.graphQl(create, EDITOR)).at("/data/createNode/id").asString();
		assertThat(first).isNotBlank();
		assertThat(second).isNotBlank().isNotEqualTo(first);
	}

	@Test
	void aQueryThatFailedIsAnsweredAfreshOnceItsCauseIsGone() throws Exception {
		String read = "{ regions(healthcareRegion: \"hr-svarsminne\") { id } }";
		assertThat(this.api.graphQl(read, VIEWER).body()).as("no such healthcare region yet").contains("errors");
		this.api.graphQl("mutation { createNode(input: {kind: HEALTHCARE_REGION, id: \"hr-svarsminne\", name: \"Svarsminnets sjukvårdsregion\"}) { id } }",
				EDITOR);
		assertThat(this.api.graphQl(read, VIEWER).body()).isEqualTo("{\"data\":{\"regions\":[]}}");
	}

	private String created(String name, boolean internal) throws Exception {
		HttpResponse<String> response = this.api.graphQl("mutation { createNode(input: {kind: CARE_AREA, name: \"" + name
				+ "\", internal: " + internal + "}) { id } }", EDITOR);
		return ApiCalls.json(response).at("/data/createNode/id").asString();
	}

}
