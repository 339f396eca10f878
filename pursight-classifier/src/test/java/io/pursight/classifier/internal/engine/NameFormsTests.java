package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.internal.dictionary.Dictionaries;
import io.pursight.classifier.internal.text.ValueProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The written forms that tell a person's full name and a company's name apart, value by value. */
class NameFormsTests {
	private static ValueProfile profile(String value) {
		return new ValueProfile().reset(value).scanWords(Dictionaries.shipped().lexicon);
	}

	@ParameterizedTest
	@ValueSource(strings = {"Sofia Lindqvist", "Tomasz Kowalczyk", "Chiara Gallo-Fontaine", "Pierre de Moreau",
			"Henrik J. Haugen", "RAHUL PETROV", "Nadia Okonkwo Mendes", "K. Nakamura", "D. Weber", "J. R. Adeyemi",
			"DUBOIS, Lucia", "Hernández, Mateo", "van Haugen, Ingrid", "Kofi Adeyemi", "Elena Q.", "Ingrid Zylberstein"})
	void readsPeoplesFullNames(String value) {
		assertThat(NameForms.isFullPersonName(profile(value))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"Victoria Falls Road", "Karl-Marx-Allee", "Rosa Luxemburg Straße", "Kofi Logistics",
			"Hannah Weber GmbH", "Jonas & Fischer", "Anna And The King", "Harry Potter And The Goblet", "Lukas",
			"WEBER", "Fischer", "San Jose", "Emma Consulting Partners", "sofia lindqvist", "Dmitri Petrov 2",
			"Elena of Troy", "Q. Quux", "Weber, Fischer", "Oliver Twist Bakery", "Kowalczyk Fischer"})
	void doesNotReadPlacesCompaniesTitlesOrLoneNamesAsFullNames(String value) {
		assertThat(NameForms.isFullPersonName(profile(value))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {"Fontaine Trading GmbH", "Gallo Ingegneria S.r.l.", "Novak sp. z o.o.", "Mendes Lda",
			"Hernández Foods S.A. de C.V.", "Nakamura Denki K.K.", "Haugen Bygg AS", "Lindqvist Konsult AB",
			"Weber Solar GmbH & Co. KG", "Dubois SARL", "Okonkwo Holdings Ltd", "Acme Widgets, Inc.", "Petrov LLC",
			"Rossi S.p.A.", "Moreau Conseil SAS", "Varga Oy"})
	void readsLegalFormsAfterAName(String value) {
		assertThat(NameForms.endsInLegalForm(profile(value))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"GmbH", "Sofia Lindqvist", "Holding Pattern Blues", "Ltd. edition print", "AB",
			"Tomasz Kowalczyk", "Rue de la Paix", "Please call me", "Same as", "Nothing is as it is"})
	void findsNoLegalFormWhereNoneEndsTheName(String value) {
		assertThat(NameForms.endsInLegalForm(profile(value))).isFalse();
	}
}
