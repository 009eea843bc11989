package se.samverkanskartan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

import se.samverkanskartan.ui.api.Evidence;

/**
 * A document's address becomes a link only when it is a web page's (http or https): one stored before the API refused
 * others, or read from a remote backend, must not become a {@code javascript:} link in the side panel. The project's
 * summary of a public page is shown as a summary, never in quotation marks.
 */
class EvidenceListTest {

	@Test
	void onlyHttpAndHttpsAddressesBecomeLinksThatOpenApart() {
		List<Anchor> links = links(new EvidenceList(List.of(quote("https://www.skane.se/a"), quote("http://example.org/b"),
				quote("javascript:alert(document.cookie)"), quote(" JAVASCRIPT:alert(1)"), quote("data:text/html,x"),
				quote("//evil.example/c"), quote(null))));

		assertThat(links).extracting(Anchor::getHref).containsExactly("https://www.skane.se/a", "http://example.org/b");
		assertThat(links).allSatisfy(link -> assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer"));
	}

	@Test
	void aSummaryOfAPublicPageIsNotShownAsAQuote() {
		EvidenceList list = new EvidenceList(List.of(new Evidence("Nämnden har tolv ledamöter.", null, "Om nämnden", null,
				new Evidence.Source("Om Södra regionvårdsnämnden", null, "https://sodrasjukvardsregionen.se/"), true)));

		List<String> classes = classes(list);
		assertThat(classes).contains("summary").doesNotContain("quote");
	}

	private static List<String> classes(Component root) {
		return root.getChildren()
			.flatMap(child -> java.util.stream.Stream.concat(child.getElement().getClassList().stream(), classes(child).stream()))
			.toList();
	}

	private static Evidence quote(String url) {
		return new Evidence("Ett citat", null, "avsnitt 1", null, new Evidence.Source("Webbsida", null, url));
	}

	private static List<Anchor> links(Component root) {
		return root.getChildren()
			.flatMap(child -> child instanceof Anchor anchor ? java.util.stream.Stream.of(anchor) : links(child).stream())
			.toList();
	}

}
