package se.samverkanskartan.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuceneQueryTest {

	@Test
	void aSingleWordAlsoMatchesAsAPrefixForSuggestions() {
		assertThat(LuceneQuery.of("uro")).isEqualTo("(uro OR uro*)");
	}

	@Test
	void everyWordIsRequired() {
		assertThat(LuceneQuery.of("benign gyn")).isEqualTo("+benign +(gyn OR gyn*)");
	}

	@Test
	void operatorsAndSpecialCharactersCannotChangeTheQuery() {
		assertThat(LuceneQuery.of("title:x* AND (y OR \"z\")~2 \\")).isEqualTo("+title +x +y +z +(2 OR 2*)");
		assertThat(LuceneQuery.of("*:* ??")).isEmpty();
	}

	@Test
	void aHyphenSeparatesWordsAsTheIndexDoes() {
		assertThat(LuceneQuery.of("RF-SISU")).isEqualTo("+RF +(SISU OR sisu*)");
		assertThat(LuceneQuery.of("Delprojekt 24")).isEqualTo("+Delprojekt +(24 OR 24*)");
	}

	@Test
	void swedishLettersAreKeptAndTheirPrefixFoldedAsTheIndexFoldsThem() {
		assertThat(LuceneQuery.of("Örebro Län")).isEqualTo("+Örebro +(Län OR lan*)");
	}

}
