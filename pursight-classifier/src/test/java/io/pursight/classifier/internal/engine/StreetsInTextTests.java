package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Street addresses inside prose in several countries' orders, and numbers beside words that are no streets. */
class StreetsInTextTests {
	private static String found(String text) {
		StreetsInText.Found out = new StreetsInText.Found();
		StreetsInText.find(text, out);
		return out.from < 0 ? null : text.substring(out.from, out.to);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Neue Anschrift ab Mai: Kastanienweg 14, 50667 Köln | Kastanienweg 14",
			"Paket bitte an Frankfurter Straße 203a abgeben | Frankfurter Straße 203a",
			"Kaution Whg. Hafenstr. 8, Bremen | Hafenstr. 8",
			"Moved out, new home is 48 Willow Crescent, Bath | 48 Willow Crescent",
			"Customer now lives at 1207 Harbor Boulevard apt 5 | 1207 Harbor Boulevard",
			"Le client a déménagé au 17, rue des Acacias à Nantes | 17, rue des Acacias",
			"Entregar en Avenida de la Paz 31 antes de las 18h | Avenida de la Paz 31",
			"Consegna in Via dei Mille 9, interno 4 | Via dei Mille 9",
			"Verhuisd naar Prinsengracht 263 | Prinsengracht 263"})
	void findsAStreetAndItsHouseNumber(String text, String address) {
		assertThat(found(text)).isEqualTo(address);
	}

	@ParameterizedTest
	@ValueSource(strings = {"Meeting moved to Suite 200 on the second floor", "Boarding at Gate 12 from 14:05",
			"Drove Route 66 last summer", "Ordered 3 Green Tea and 2 Park Benches", "Upgraded to Windows 11 yesterday",
			"Garantie 2 Jahre, Parkplatz 12 reserviert", "Gate code 4123, deliver to back door",
			"Left with the neighbour at no. 12", "Paid 12.50 on 03.04.2025 at 12:30", "Invoice 1234567 / customer 123456",
			"Skonto 2 % gewährt", "Reklamation 2024-1234 erledigt.", "Terminal 5 arrivals, then 2 stops by bus",
			"the street 12 times busier", "Room 101, Building 7, Floor 3"})
	void findsNoStreetInNumbersBesideOtherWords(String text) {
		assertThat(found(text)).isNull();
	}
}
