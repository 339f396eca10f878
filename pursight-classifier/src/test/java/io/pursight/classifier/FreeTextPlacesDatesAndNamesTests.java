package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Street addresses, birth dates and names of relatives inside notes, and the notes that hold numbers and dates of other kinds. */
class FreeTextPlacesDatesAndNamesTests {
	private static final ColumnClassifier CLASSIFIER = ColumnClassifier.create(ClassifierConfig.builder()
			.clock(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC)).build());

	private static final List<String> SENTENCES = List.of("Customer asked about the delivery window for next week.",
			"Followed up after the call, the replacement part is on its way.",
			"Requested a refund for the damaged item, approved on 2025-11-03.",
			"Prefers contact in the morning, no calls after six in the evening.",
			"Issue resolved on 14.12.2025 after resetting the account twice.");

	private static List<String> values(int n, int every, IntFunction<String> special) {
		List<String> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			String plain = SENTENCES.get(i % SENTENCES.size()) + " " + SENTENCES.get((i * 3 + 1) % SENTENCES.size());
			out.add(i % every == 0 ? special.apply(i) + " " + plain : plain);
		}
		return out;
	}

	private static List<String> embeddedTypes(String column, List<String> values) {
		ClassificationResult r = CLASSIFIER.classify(ColumnContext.builder(column).table("tickets").dataType("text")
				.samples(values).build());
		return r.matches().stream().filter(TypeMatch::isEmbedded).map(TypeMatch::typeId).toList();
	}

	private static TypeMatch embedded(String column, List<String> values, SensitiveType type) {
		ClassificationResult r = CLASSIFIER.classify(ColumnContext.builder(column).table("tickets").dataType("text")
				.samples(values).build());
		TypeMatch m = r.match(type).orElseThrow(() -> new AssertionError(type + " not found: " + r.matches()));
		assertThat(m.occurrence()).isEqualTo(Occurrence.EMBEDDED_IN_TEXT);
		return m;
	}

	@Test
	void findsStreetAddressesWrittenInTheOrderOfSeveralLanguages() {
		String[] moves = {"Moved to 42 Elm Road, Leeds.", "Umzug nach Lindenstraße 7, 04109 Leipzig.",
				"Nouvelle adresse : 8, rue des Lilas, Lyon.", "Se mudó a Calle de Alcalá 120, Madrid.",
				"Consegna in Via Garibaldi 15, Torino.", "Verhuisd naar Prinsengracht 263, Amsterdam.",
				"New address 1600 Pennsylvania Avenue."};
		TypeMatch m = embedded("remarks", values(300, 10, i -> moves[i / 10 % moves.length]), SensitiveType.STREET_ADDRESS);
		assertThat(m.decision()).as(m.explanation()).isEqualTo(Decision.APPLY);
		assertThat(m.evidence().patternMatches()).isEqualTo(30);
	}

	@Test
	void leavesQuantitiesMeasuresVersionsAndDatesWithoutAStreetClean() {
		String[] others = {"Sent 12 St. of item 4711 on 2025-03-14.", "Took 3 Main Course menus for 12 guests.",
				"Upgraded to version 3.2 on 14 March 2025.", "Parcel of 2.5 kg shipped via DHL 3 days ago.",
				"Order shipped on 2024-03-14, 2 parcels.", "Parkplatz 12 reserviert bis 18:30.",
				"Meeting at 12:30 in Room 4, Building 7.", "Fits 2 Queen beds, 180 x 200 cm."};
		assertThat(embeddedTypes("remarks", values(300, 2, i -> others[i / 2 % others.length]))).isEmpty();
	}

	@Test
	void findsBirthDatesOnlyAfterAWordSayingSo() {
		String[] cued = {"Identity verified with name and DOB 03/14/1961.", "Patientin, geb. 02.07.1954, stabil.",
				"Patient born on 5 May 1948, lives alone.", "Mme Durand, née le 12 février 1939.",
				"Paciente nacida el 23/09/1971."};
		TypeMatch m = embedded("note_text", values(300, 8, i -> cued[i / 8 % cued.length]), SensitiveType.DATE_OF_BIRTH);
		assertThat(m.decision()).as(m.explanation()).isEqualTo(Decision.APPLY);

		String[] uncued = {"Seen on 03/14/1961 per old chart.", "Visit 02.07.2025, stable.", "Next appointment 5 May 2026.",
				"Admitted 12 février 2025, discharged 2025-02-20.", "Born in 1961, retired teacher."};
		assertThat(embeddedTypes("note_text", values(300, 8, i -> uncued[i / 8 % uncued.length])))
				.doesNotContain("DATE_OF_BIRTH");
	}

	@Test
	void findsGivenNamesAfterARelativeOrAsASignature() {
		String[] named = {"Bought this for my wife Emma, she loves it.", "My son Lucas uses it daily.",
				"Great value, would buy again. \u2014 Maria K.", "Mein Mann Thomas ist zufrieden."};
		TypeMatch m = embedded("body", values(300, 6, i -> named[i / 6 % named.length]), SensitiveType.PERSON_NAME);
		assertThat(m.decision()).as(m.explanation()).isNotEqualTo(Decision.IGNORE);

		String[] unnamed = {"Bought this for my wife, she loves it.", "My son uses it daily.", "Colour - Olive",
				"Scent - Jasmine", "My husband Apple-fan approves.", "Great value, would buy again. - Large"};
		assertThat(embeddedTypes("body", values(300, 2, i -> unnamed[i / 2 % unnamed.length])))
				.doesNotContain("PERSON_NAME");
	}
}
