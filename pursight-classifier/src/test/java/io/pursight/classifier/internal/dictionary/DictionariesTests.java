package io.pursight.classifier.internal.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.internal.text.AccentFolder;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DictionariesTests {
	private static final Dictionaries D = Dictionaries.shipped();

	@Test
	void shipsThousandsOfNamesAndPlacesInFilesUnderAMegabyte() throws IOException {
		assertThat(D.givenNames.size()).isGreaterThan(2000);
		assertThat(D.surnames.size()).isGreaterThan(2000);
		assertThat(D.cities.size()).isGreaterThan(2500);
		assertThat(D.states.size()).isGreaterThan(700);
		for (String file : List.of("given-names.txt", "surnames.txt", "cities.txt", "countries.tsv", "states.tsv",
				"job-words.txt", "legal-forms.txt", "street-words.txt", "gender-terms.txt", "name-particles.txt")) {
			try (InputStream in = Dictionaries.class.getResourceAsStream("/io/pursight/classifier/dictionary/" + file)) {
				assertThat(in).as(file).isNotNull();
				assertThat(in.readAllBytes().length).as(file).isLessThan(1_000_000);
			}
		}
	}

	@Test
	void knowsEveryIsoCountryByCodeAndEnglishName() {
		for (String code : Locale.getISOCountries()) {
			assertThat(D.countries.contains(AccentFolder.fold(code))).as(code).isTrue();
			String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
			assertThat(D.countries.contains(AccentFolder.fold(name))).as(name).isTrue();
		}
	}

	@Test
	void findsEntriesRegardlessOfCaseAndAccents() {
		assertThat(D.cities.contains(AccentFolder.fold("MONTRÉAL"))).isTrue();
		assertThat(D.states.contains(AccentFolder.fold("québec"))).isTrue();
		assertThat(D.givenNames.contains(AccentFolder.fold("François"))).isTrue();
		assertThat(D.lexicon.lookup("berlin") & Lexicon.CITY).isNotZero();
	}
}
