package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BirthDatesInTextTests {
	private static final int TODAY = 20261130;

	private static String find(String text) {
		long span = BirthDatesInText.find(text, TODAY);
		return span < 0 ? null : text.substring((int) (span >>> 32), (int) span);
	}

	@Test
	void findsADateAfterAWordSayingItIsABirthDate() {
		assertThat(find("Pt identity verified with name and DOB 03/14/1961. BP 120/80.")).isEqualTo("03/14/1961");
		assertThat(find("D.O.B.: 1961-03-14, allergies none")).isEqualTo("1961-03-14");
		assertThat(find("Patient born on March 14, 1961 in Ohio")).isEqualTo("March 14, 1961");
		assertThat(find("Frau Weber, geb. 14.03.1961, Rückruf")).isEqualTo("14.03.1961");
		assertThat(find("Mme Martin, née le 14 mars 1961")).isEqualTo("14 mars 1961");
		assertThat(find("paciente nacido el 14/03/1961")).isEqualTo("14/03/1961");
		assertThat(find("date of birth 14/03/61 per chart")).isEqualTo("14/03/61");
		assertThat(find("paziente nato il 14/03/1961 a Roma")).isEqualTo("14/03/1961");
		assertThat(find("geboren op 14-03-1961 te Utrecht")).isEqualTo("14-03-1961");
		assertThat(find("Fecha de nacimiento: 14 de marzo de 1961")).isEqualTo("14 de marzo de 1961");
		assertThat(find("Geburtsdatum 14.03.1961, Versicherter seit 2001")).isEqualTo("14.03.1961");
		assertThat(find("Visit 2025-01-10. DOB: 1961-03-14")).isEqualTo("1961-03-14");
	}

	@Test
	void ignoresDatesWithoutABirthCue() {
		assertThat(find("order shipped on 2024-03-14")).isNull();
		assertThat(find("Seen 03/14/2025, follow up 04/20/2025")).isNull();
		assertThat(find("NATO summit 2024-07-09")).isNull();
		assertThat(find("Umzug zum 14.03.2026 nach Berlin")).isNull();
	}

	@Test
	void ignoresCuesWithoutAPlausibleBirthDate() {
		assertThat(find("born in 1961, lives alone")).isNull();
		assertThat(find("DOB unknown, visit 2024-03-14")).isNull();
		assertThat(find("DOB 2031-01-01 entered by mistake")).isNull();
		assertThat(find("Marie Dupont née Martin, 12 ans de suivi")).isNull();
		assertThat(find("Birth weight 3.2 kg")).isNull();
		assertThat(find("Birth control since 2019-03-01")).isNull();
		assertThat(find("first-born son, seen 2024-06-01 for a rash")).isNull();
	}
}
