package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StreetsInTextTests {

	private static String find(String text) {
		long span = StreetsInText.find(text);
		return span < 0 ? null : text.substring((int) (span >>> 32), (int) span);
	}

	@Test
	void findsTheHouseNumberBeforeTheStreet() {
		assertThat(find("Wrong address, actual address is 12 Main Street, Springfield")).isEqualTo("12 Main Street");
		assertThat(find("left it at 221B Baker St. as agreed")).isEqualTo("221B Baker St");
		assertThat(find("visit 12 Main Street store")).isEqualTo("12 Main Street");
		assertThat(find("Research Initiatives, having an office at 1895 Preston White Drive, Reston")).isEqualTo(
				"1895 Preston White Drive");
		assertThat(find("Sendmail, Inc., 2010 Park Avenue, Emeryville, CA")).isEqualTo("2010 Park Avenue");
		assertThat(find("Loyer octobre 12, rue de la Paix")).isEqualTo("12, rue de la Paix");
		assertThat(find("habite au 4 avenue Victor Hugo depuis mai")).isEqualTo("4 avenue Victor Hugo");
	}

	@Test
	void findsTheStreetBeforeTheHouseNumber() {
		assertThat(find("Umzug zum 01.05.2026 nach Hauptstraße 12, 10115 Berlin")).isEqualTo("Hauptstraße 12");
		assertThat(find("Kaution Whg. Berliner Str. 5a, Hamburg")).isEqualTo("Berliner Str. 5a");
		assertThat(find("Miete Juni Hauptstr. 7")).isEqualTo("Hauptstr. 7");
		assertThat(find("consegna in Via Roma 12, Milano")).isEqualTo("Via Roma 12");
		assertThat(find("vive en Calle Mayor 5, Madrid")).isEqualTo("Calle Mayor 5");
		assertThat(find("ahora en Avenida de la Constitución 21")).isEqualTo("Avenida de la Constitución 21");
		assertThat(find("verhuisd naar Kerkstraat 14")).isEqualTo("Kerkstraat 14");
		assertThat(find("nowy adres: ul. Długa 5, Gdańsk")).isEqualTo("ul. Długa 5");
		assertThat(find("flyttet til Storgata 3")).isEqualTo("Storgata 3");
		assertThat(find("Loyer 12 bis rue Pasteur")).isEqualTo("12 bis rue Pasteur");
		assertThat(find("Anschrift Friedrich-Ebert-Straße 77")).isEqualTo("Friedrich-Ebert-Straße 77");
	}

	@Test
	void wantsAPlaceAfterCompoundsThatAreEverydayNounsToo() {
		assertThat(find("Stellplatz 12 ist reserviert")).isNull();
		assertThat(find("auf dem Heimweg 2 Pakete verloren")).isNull();
		assertThat(find("neue Adresse Lindenweg 5, 12345 Hamm")).isEqualTo("Lindenweg 5");
	}

	@Test
	void ignoresNumbersWithoutAStreet() {
		assertThat(find("order shipped on 2024-03-14")).isNull();
		assertThat(find("Lieferung: 12 St. Äpfel, 3 St. Birnen")).isNull();
		assertThat(find("GET /api/v2/orders 200 12ms")).isNull();
		assertThat(find("Fits true to size. I am 178 cm and took an M.")).isNull();
		assertThat(find("upgrade to version 3.2 Street edition")).isNull();
		assertThat(find("Sent via Amazon 2 weeks ago, no answer")).isNull();
		assertThat(find("Meeting at 12:30 in Room 4")).isNull();
		assertThat(find("The stitching came loose after 3 weeks.")).isNull();
		assertThat(find("Best 5 ways to style it, the Main way 3 times")).isNull();
		assertThat(find("Costs 12 € per Street Food box")).isNull();
		assertThat(find("the Wall Street 2008 crash")).isNull();
		assertThat(find("Copyright 2016 Iain Lane <iain@example.org>")).isNull();
		assertThat(find("Copyright 2003, North Carolina State Highway Patrol")).isNull();
		assertThat(find("Answered via Email 2x")).isNull();
		assertThat(find("Ordered via Amazon. 2 stars")).isNull();
		assertThat(find("Fire Brigade 5 arrived")).isNull();
		assertThat(find("Departure Gate 5, boarding at 12:40")).isNull();
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
		assertThat(find(text)).isEqualTo(address);
	}

	@ParameterizedTest
	@ValueSource(strings = {"Meeting moved to Suite 200 on the second floor", "Boarding at Gate 12 from 14:05",
			"Drove Route 66 last summer", "Ordered 3 Green Tea and 2 Park Benches", "Upgraded to Windows 11 yesterday",
			"Garantie 2 Jahre, Parkplatz 12 reserviert", "Gate code 4123, deliver to back door",
			"Left with the neighbour at no. 12", "Paid 12.50 on 03.04.2025 at 12:30", "Invoice 1234567 / customer 123456",
			"Skonto 2 % gewährt", "Reklamation 2024-1234 erledigt.", "Terminal 5 arrivals, then 2 stops by bus",
			"the street 12 times busier", "Room 101, Building 7, Floor 3"})
	void findsNoStreetInNumbersBesideOtherWords(String text) {
		assertThat(find(text)).isNull();
	}
}
