package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Address columns named by compounds whose modifier the vocabulary does not know, holding
 * whole addresses on one line in several countries' orders, and mixed postal codes.
 */
class AddressColumnTests {
	private static final ColumnClassifier CLASSIFIER = ColumnClassifier.create(ClassifierConfig.builder()
			.clock(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC)).build());

	/** One-line addresses: street and number, postal code and town, in the orders of several countries. */
	static final List<String> ONE_LINE = List.of("Lindenallee 7, 04109 Leipzig", "Kanalweg 31a, 76149 Karlsruhe",
			"Marktgasse 4, 3011 Bern", "Keizersgracht 112, 1015 CX Amsterdam", "8, avenue Foch, 69006 Lyon",
			"Via Garibaldi 19, 10122 Torino", "Calle Alcalá 88, 28009 Madrid", "Rua Augusta 140, 1100-053 Lisboa",
			"Hoża 51, 00-681 Warszawa", "Sveavägen 22, 113 59 Stockholm", "77 Harbour Road, Leeds LS1 4DT",
			"1820 Maple Avenue, Springfield, IL 62704", "45 Wellington St, Toronto, ON M5J 2N1",
			"Storgata 3, 0155 Oslo");

	private static ClassificationResult classify(String column, List<String> values) {
		return CLASSIFIER.classify(ColumnContext.builder(column).table("auftraege").dataType("varchar")
				.samples(TypeExamples.column(values)).build());
	}

	@ParameterizedTest
	@ValueSource(strings = {"versandadresse", "rechnungsadresse", "wohnanschrift", "pickupaddress", "zustelladresse"})
	void appliesStreetAddressToCompoundsEndingInAnAddressWord(String column) {
		assertThat(classify(column, ONE_LINE).decision(SensitiveType.STREET_ADDRESS)).isEqualTo(Decision.APPLY);
	}

	@Test
	void appliesPhoneNumberToACompoundEndingInAPhoneWord() {
		List<String> phones = List.of("+49 30 2291 7730", "+49 89 4410 2234", "+49 40 3398 1200", "+49 221 5530 118",
				"+49 711 2043 990", "+49 69 1337 4560");
		assertThat(classify("mieterTelefon", phones).decision(SensitiveType.PHONE_NUMBER)).isEqualTo(Decision.APPLY);
		assertThat(classify("haupttelefon", phones).decision(SensitiveType.PHONE_NUMBER)).isEqualTo(Decision.APPLY);
	}

	@Test
	void oneLineAddressesCountAsStreetAddressValues() {
		ClassificationResult r = classify("adresse", ONE_LINE);
		assertThat(r.decision(SensitiveType.STREET_ADDRESS)).isEqualTo(Decision.APPLY);
		// every line counts, also those whose street has no street word (Hoża 51, 00-681 Warszawa)
		Evidence e = r.match(SensitiveType.STREET_ADDRESS).orElseThrow().evidence();
		assertThat(e.dictionaryHits()).isEqualTo(e.sampledValues());
		assertThat(r.decision(SensitiveType.POSTAL_CODE)).isNotEqualTo(Decision.APPLY);
		assertThat(r.decision(SensitiveType.CITY)).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void findsStreetAddressesInsideNotes() {
		List<String> streets = List.of("Kastanienweg 14", "Frankfurter Straße 203a", "48 Willow Crescent",
				"1207 Harbor Boulevard", "Via dei Mille 9", "Prinsengracht 263");
		List<String> notes = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			notes.add(i % 4 == 0 ? "Customer moved, new address " + streets.get(i % streets.size()) + " from next month."
					: "Called back about invoice " + (40_000 + i) + ", no action needed for " + (i % 9 + 2) + " weeks.");
		}
		TypeMatch m = classify("service_note", notes).match(SensitiveType.STREET_ADDRESS).orElseThrow();
		assertThat(m.isEmbedded()).isTrue();
		assertThat(m.decision()).isEqualTo(Decision.APPLY);
	}

	@Test
	void findsNoStreetAddressInNotesWithNumbersBesideOtherWords() {
		List<String> notes = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			notes.add(switch (i % 4) {
				case 0 -> "Meeting moved to Suite " + (100 + i) + " on Floor " + (i % 9 + 1) + ".";
				case 1 -> "Boarding at Gate " + (i % 40 + 1) + ", Terminal " + (i % 5 + 1) + " as usual.";
				case 2 -> "Ordered " + (i % 7 + 2) + " Green Tea boxes and " + (i % 3 + 1) + " Park Benches.";
				default -> "Upgraded " + (i % 30 + 2) + " laptops to Windows " + (10 + i % 2) + " this week.";
			});
		}
		assertThat(classify("service_note", notes).match(SensitiveType.STREET_ADDRESS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {"hostaddress", "serveraddress", "walletaddress"})
	void doesNotApplyStreetAddressToMachineAddressesUnderACompoundName(String column) {
		List<String> values = List.of("10.20.30.41", "0x52908400098527886E0F7030069857D2E4169EE7", "srv-db-02.internal",
				"fe80::1ff:fe23:4567:890a", "192.168.14.7", "edge-lb-01");
		assertThat(classify(column, values).decision(SensitiveType.STREET_ADDRESS)).isNotEqualTo(Decision.APPLY);
	}

	@ParameterizedTest
	@ValueSource(strings = {"nickname", "automobile", "microphone", "interstate"})
	void doesNotReadAShortKnownEndingAsTheHeadOfAnOrdinaryWord(String column) {
		List<String> words = List.of("Kestrel", "Bramble", "Juniper", "Thistle", "Marigold", "Sorrel");
		ClassificationResult r = classify(column, words);
		assertThat(r.decision(SensitiveType.PHONE_NUMBER)).isNotEqualTo(Decision.APPLY);
		assertThat(r.decision(SensitiveType.STATE_PROVINCE)).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void appliesPostalCodeToAColumnMixingCountriesFormats() {
		List<String> codes = List.of("SW1A 2AA", "EC4M 7RF", "W1D 3QU", "M5J 2N1", "1015 CX", "04109", "00-681",
				"113 59", "1100-053", "62704-1234", "D02 X285", "C1425ABC", "150-0002", "8001");
		assertThat(classify("zip", codes).decision(SensitiveType.POSTAL_CODE)).isEqualTo(Decision.APPLY);
		assertThat(classify("postcode", List.of("EC4M 7RF", "SW1A 2AA", "80331", "10001")).decision(
				SensitiveType.POSTAL_CODE)).isEqualTo(Decision.APPLY);
	}

	@Test
	void doesNotTakeCodesOfOtherThingsForPostalCodesByTheirShape() {
		List<String> codes = List.of("ABCDE 12", "QWERT1", "ZZTOP-9", "KX 4RRRB", "K9-ZZTOP",
				"TRAIN-42", "BXQWV7");
		assertThat(classify("zip", codes).decision(SensitiveType.POSTAL_CODE)).isNotEqualTo(Decision.APPLY);
	}
}
