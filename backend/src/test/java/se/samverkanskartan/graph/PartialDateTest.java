package se.samverkanskartan.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartialDateTest {

	@Test
	void aYearCoversTheWholeYear() {
		PartialDate year = PartialDate.parse("2025");
		assertThat(year.precision()).isEqualTo(Precision.YEAR);
		assertThat(year.start()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(year.end()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void aMonthCoversTheWholeMonth() {
		PartialDate month = PartialDate.parse("2024-02");
		assertThat(month.precision()).isEqualTo(Precision.MONTH);
		assertThat(month.end()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void aDayIsOneDay() {
		assertThat(PartialDate.parse("2022-06-23").start()).isEqualTo(PartialDate.parse("2022-06-23").end());
	}

	@Test
	void otherFormatsAndImpossibleDatesAreRefusedWithTheValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("23 juni 2022")).withMessageContaining("23 juni 2022");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2023-02-30")).withMessageContaining("not a real date");
	}

	@Test
	void validityIncludesBothEnds() {
		Validity validity = Validity.of(PartialDate.parse("2024-01"), PartialDate.parse("2024"));
		assertThat(validity.isValidOn(LocalDate.of(2024, 1, 1))).isTrue();
		assertThat(validity.isValidOn(LocalDate.of(2024, 12, 31))).isTrue();
		assertThat(validity.isValidOn(LocalDate.of(2023, 12, 31))).isFalse();
		assertThat(validity.label()).isEqualTo("2024-01 – 2024");
	}

}
