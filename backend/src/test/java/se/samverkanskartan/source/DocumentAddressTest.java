package se.samverkanskartan.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * A document's address is a web page's, http or https: the UI renders it as a link, so a {@code javascript:} or
 * {@code data:} address would run in the browser of whoever clicks it. It is refused through the API and in the
 * data files alike.
 */
@GraphApplicationTest
class DocumentAddressTest {

	private static final List<String> NOT_WEB_PAGES = List.of("javascript:alert(document.cookie)",
			"JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example/page", "ftp://example.org/a",
			"https://");

	@LocalServerPort
	int port;

	@Autowired
	ResourcePatternResolver resolver;

	@TempDir
	Path data;

	@Test
	void theApiRefusesAnAddressThatIsNotAWebPageNamingTheProperty() {
		HttpGraphQlTester editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		for (String address : NOT_WEB_PAGES) {
			editor.documentName("createNode")
				.variable("input", document("Farlig länk", address))
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getExtensions()).containsEntry("field", "properties.url");
					assertThat(error.getMessage()).contains("http or https");
				}));
		}
		String id = editor.documentName("createNode")
			.variable("input", document("Regionens webbsida", "https://www.skane.se/halsa-och-vard"))
			.execute().path("createNode.id").entity(String.class).get();
		editor.documentName("updateNode")
			.variable("input", Map.of("id", id, "version", 1, "properties", List.of(Map.of("name", "documentKind", "value",
					"EXTERNAL"), Map.of("name", "url", "value", "javascript:alert(1)"))))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("field", "properties.url")));
		TestCredentials.graphQl(this.port, TestCredentials.viewerKey())
			.document("{ node(id: \"" + id + "\") { ... on Document { url } } }")
			.execute().path("node.url").entity(String.class).isEqualTo("https://www.skane.se/halsa-och-vard");
	}

	@Test
	void aDataFileWithAnAddressThatIsNotAWebPageIsRefusedWithItsPlace() throws IOException {
		Files.writeString(this.data.resolve("documents.yaml"), """
				documents:
				  - id: doc-farlig
				    kind: EXTERNAL
				    url: javascript:alert(document.cookie)
				    title: Farlig länk
				""");
		SeedReader reader = new SeedReader(this.resolver, this.data.toUri().toString(), "classpath:sources/");
		assertThatThrownBy(reader::read).isInstanceOfSatisfying(DataFileException.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.file()).isEqualTo("documents.yaml");
					assertThat(problem.message()).startsWith("url: must be an http or https address");
				}));
	}

	private static Map<String, Object> document(String name, String url) {
		return Map.of("kind", "DOCUMENT", "name", name, "properties",
				List.of(Map.of("name", "documentKind", "value", "EXTERNAL"), Map.of("name", "url", "value", url)));
	}

}
