package io.pursight.classifier.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccentFolderTests {

	@ParameterizedTest
	@CsvSource({"São José dos Campos, sao jose dos campos", "Bjørn, bjorn", "Straße, strasse", "ŁUKASZ, lukasz",
			"O'Brien, obrien", "Saint-Hyacinthe, saint hyacinthe", "México D.F., mexico d f", "  Zoë  , zoe",
			"Æble, aeble"})
	void foldsCaseAccentsAndPunctuation(String text, String folded) {
		assertThat(AccentFolder.fold(text)).isEqualTo(folded);
	}
}
