package se.samverkanskartan.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuotesTest {

	@Test
	void aQuoteMayRunAcrossLineBreaksAndIndentation() {
		List<String> lines = List.of("Rekommendationer avseende langsiktigt", "  sjukvardsregional nivastrukturering   har");
		assertThat(Quotes.passage(lines, 1, 2)).contains(Quotes.fold("langsiktigt\nsjukvardsregional  nivastrukturering"));
	}

}
