package io.pursight.synthetic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each algorithm against numbers its scheme publishes as examples. */
class CheckDigitsTests {

	@Test
	void luhnCompletesTheTextbookNumber() {
		assertThat(CheckDigits.luhn("7992739871")).isEqualTo(3);
		assertThat(CheckDigits.luhn("411111111111111")).isEqualTo(1);
	}

	@Test
	void ibanCheckDigitsOfThePublishedExamples() {
		assertThat(CheckDigits.iso7064Mod97("370400440532013000" + "DE")).isEqualTo("89");
		assertThat(CheckDigits.iso7064Mod97("WEST12345698765432" + "GB")).isEqualTo("82");
		assertThat(CheckDigits.mod97("A")).isEqualTo(10);
	}

	@Test
	void complementMod97IsTheFrenchNirKey() {
		assertThat(CheckDigits.complementMod97(1_850_578_006_084L)).isEqualTo("91");
		assertThat(CheckDigits.complementMod97(96)).as("two digits").isEqualTo("01");
	}

	@Test
	void iso7064Mod11Of10IsTheGermanTaxIdCheck() {
		assertThat(CheckDigits.iso7064Mod11Of10("8609574271")).isEqualTo(9);
	}

	@Test
	void weightedSchemesOfThePublishedExamples() {
		assertThat(CheckDigits.weightedMod10("01100001", 3, 7, 1)).as("ABA 011000015").isEqualTo(5);
		assertThat(CheckDigits.weightedMod10("400638133393", 1, 3)).as("EAN 4006381333931").isEqualTo(1);
		assertThat(CheckDigits.weightedMod10("4405140135", 1, 3, 7, 9)).as("PESEL 44051401359").isEqualTo(9);
		assertThat(CheckDigits.weightedSum("12", 3)).as("weights repeat").isEqualTo(9);
	}

	@Test
	void mod11OfThePublishedExamples() {
		assertThat(CheckDigits.mod11("12345678", 9, 8, 7, 6, 5, 4, 3, 2)).as("NIF 123456789").isEqualTo(9);
		assertThat(CheckDigits.mod11("12345678901", 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)).as("My Number 123456789018")
				.isEqualTo(8);
		assertThat(CheckDigits.mod11("529982247", 10, 9, 8, 7, 6, 5, 4, 3, 2)).as("CPF 529.982.247-25").isEqualTo(2);
		assertThat(CheckDigits.mod11("5299822472", 11, 10, 9, 8, 7, 6, 5, 4, 3, 2)).isEqualTo(5);
	}

	@Test
	void verhoeffCompletesTheTextbookNumber() {
		assertThat(CheckDigits.verhoeff("236")).isEqualTo(3);
	}

	@Test
	void italianCheckLetterOfTheMinistrysExample() {
		assertThat(CheckDigits.italianCheckLetter("RSSMRA85T10A562")).isEqualTo('S');
	}

	@Test
	void vinCheckCharacterOfTheTextbookVin() {
		assertThat(CheckDigits.vin("1M8GDM9AXKP042788")).isEqualTo('X');
	}

	@Test
	void refusesABodyThatIsNotDigits() {
		assertThatThrownBy(() -> CheckDigits.luhn("12a4")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("12a4");
	}
}
