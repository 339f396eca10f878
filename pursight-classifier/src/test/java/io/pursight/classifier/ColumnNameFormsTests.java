package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole columns whose names are run together, abbreviated or foreign: the name and the values agree. */
class ColumnNameFormsTests {
	private static final ColumnClassifier CLASSIFIER = ColumnClassifier.create(ClassifierConfig.builder()
			.clock(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC)).build());
	private static final List<String> SURNAMES = TypeExamples.column(List.of("Smith", "Müller", "Garcia", "Rossi",
			"Dubois", "Jansen", "Silva", "Kowalski", "Johnson", "Schmidt", "Martin", "Bianchi", "Lopez", "Bakker"));
	private static final List<String> PHONES = TypeExamples.column(List.of("+49 30 901820", "+33 1 42 68 53 00",
			"+34 912 345 678", "+39 06 6982", "+31 20 555 0123", "+351 21 123 4567", "+1 212 555 0199",
			"+44 20 7946 0958"));

	private static ClassificationResult classify(String column, List<String> values) {
		return CLASSIFIER.classify(ColumnContext.builder(column).table("customers").dataType("varchar")
				.samples(values).build());
	}

	@ParameterizedTest
	@ValueSource(strings = {"mothersmaiden", "nachname", "cognome", "achternaam", "apellido", "lname", "custfname"})
	void appliesPersonNameToRunTogetherAbbreviatedAndForeignNames(String column) {
		assertThat(classify(column, SURNAMES).decision(SensitiveType.PERSON_NAME)).isEqualTo(Decision.APPLY);
	}

	@ParameterizedTest
	@ValueSource(strings = {"telephonenumber", "telefonnummer", "telefoonnummer", "telefono", "ph_no", "mob",
			"numero_de_telephone"})
	void appliesPhoneNumberToRunTogetherAbbreviatedAndForeignNames(String column) {
		assertThat(classify(column, PHONES).decision(SensitiveType.PHONE_NUMBER)).isEqualTo(Decision.APPLY);
	}

	@ParameterizedTest
	@ValueSource(strings = {"description", "nameplate", "tenant", "status"})
	void doesNotApplyPersonNameToOrdinaryWords(String column) {
		assertThat(classify(column, SURNAMES).decision(SensitiveType.PERSON_NAME)).isNotEqualTo(Decision.APPLY);
	}
}
