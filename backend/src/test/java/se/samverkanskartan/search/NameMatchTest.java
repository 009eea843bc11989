package se.samverkanskartan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameMatchTest {

	private static final List<String> SUS = List.of("Skånes universitetssjukhus", "SUS", "Skanes Universitetssjukhus");

	@Test
	void aNameOrAliasTypedWhateverTheCaseAndAccentsIsExact() {
		assertThat(NameMatch.of("sus", SUS)).isEqualTo(NameMatch.EXACT);
		assertThat(NameMatch.of("  SKANES universitetssjukhus ", SUS)).isEqualTo(NameMatch.EXACT);
	}

	@Test
	void theBeginningOfANameIsAPrefixAndPunctuationIsASpace() {
		assertThat(NameMatch.of("Skånes univ", SUS)).isEqualTo(NameMatch.PREFIX);
		assertThat(NameMatch.of("rf sisu", List.of("RF-SISU Örebro län"))).isEqualTo(NameMatch.PREFIX);
		assertThat(NameMatch.of("RF-SISU", List.of("RF-SISU Örebro län"))).isEqualTo(NameMatch.PREFIX);
		assertThat(NameMatch.of("Delprojekt 24", List.of("Delprojekt 24 – benign gynekologi"))).isEqualTo(NameMatch.PREFIX);
	}

	@Test
	void aWordInsideANameIsForTheFullTextScore() {
		assertThat(NameMatch.of("universitetssjukhus", SUS)).isEqualTo(NameMatch.TEXT);
		assertThat(NameMatch.of("\"(", SUS)).isEqualTo(NameMatch.TEXT);
	}

}
