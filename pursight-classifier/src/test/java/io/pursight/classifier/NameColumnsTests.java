package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Columns of people's and organisations' names whatever their column is called: full names speak for
 * themselves, legal forms mark companies, and what merely starts like a name (streets, titles, places,
 * companies named after their founders) is not taken for one.
 */
class NameColumnsTests {
	private static final ColumnClassifier CLASSIFIER = ColumnClassifier.create(ClassifierConfig.defaults());

	private static final String[] GIVEN = {"Sofia", "Lukas", "Jonas", "Hannah", "Mateo", "Chiara", "Tomasz", "Ingrid",
			"Rahul", "Olumide", "Fatima", "Pierre", "Lucia", "Henrik", "Nadia", "Dmitri", "Elena", "Kofi"};
	private static final String[] FAMILY = {"Bergström", "Fischer", "Moreau", "Kowalczyk", "Rossi", "Nakamura",
			"Adeyemi", "Hernández", "Lindqvist", "Novak", "Petrov", "Fontaine", "Gallo", "Haugen", "Mendes", "Okonkwo",
			"Weber", "Dubois", "Zylberstein"};

	private static ClassificationResult classify(String table, String column, List<String> values) {
		return CLASSIFIER.classify(ColumnContext.builder(column).table(table).dataType("varchar").samples(values).build());
	}

	/** {@code count} different people, every third written as the hand at a door writes it. */
	private static List<String> people(int count, boolean initials) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String given = GIVEN[i % GIVEN.length];
			String family = FAMILY[(i * 7 + i / GIVEN.length) % FAMILY.length];
			out.add(switch (initials ? i % 3 : 0) {
				case 1 -> given.charAt(0) + ". " + family;
				case 2 -> family.toUpperCase(Locale.ROOT);
				default -> given + " " + family;
			});
		}
		return out;
	}

	private static String why(ClassificationResult r, SensitiveType type) {
		return r.match(type).map(TypeMatch::explanation).orElse("no match");
	}

	@ParameterizedTest
	@ValueSource(strings = {"addressee", "payee", "beneficiary", "attendee", "pickup_by", "handled_by", "party", "who"})
	void appliesPersonNameToFullNamesUnderAnyColumnName(String column) {
		ClassificationResult r = classify("deliveries", column, people(120, false));
		assertThat(r.decision(SensitiveType.PERSON_NAME)).as(why(r, SensitiveType.PERSON_NAME)).isEqualTo(Decision.APPLY);
		assertThat(r.decision(SensitiveType.ORGANIZATION_NAME)).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void appliesPersonNameToSignaturesWrittenInFullWithInitialsOrInCapitals() {
		ClassificationResult r = classify("proof_of_delivery", "received_by", people(150, true));
		assertThat(r.decision(SensitiveType.PERSON_NAME)).as(why(r, SensitiveType.PERSON_NAME)).isEqualTo(Decision.APPLY);
	}

	@Test
	void appliesPersonNameToAFewDisplayNamesInATableOfAdministrators() {
		ClassificationResult r = classify("site_moderators", "display_name", people(3, false));
		assertThat(r.decision(SensitiveType.PERSON_NAME)).as(why(r, SensitiveType.PERSON_NAME)).isEqualTo(Decision.APPLY);
	}

	@Test
	void appliesOrganizationNameToCompaniesWithLegalFormsEvenNamedAfterPeople() {
		String[] forms = {"GmbH", "S.r.l.", "sp. z o.o.", "Oy", "Ltd", "S.A. de C.V.", "K.K.", "B.V.", "LLC", "A/S"};
		String[] trades = {"Bau", "Textil", "Imports", "Robotics", "Vinhos", "Kaffee", "Optics"};
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 90; i++) {
			String family = FAMILY[i % FAMILY.length];
			values.add(i % 5 == 4 ? GIVEN[i % GIVEN.length] + " " + family // a sole trader's own name, now and then
					: family + " " + trades[i % trades.length] + " " + forms[i % forms.length]);
		}
		for (String column : List.of("name", "payee", "counterparty", "bill_to")) {
			ClassificationResult r = classify("account", column, values);
			assertThat(r.decision(SensitiveType.ORGANIZATION_NAME)).as(column + ": " + why(r, SensitiveType.ORGANIZATION_NAME))
					.isEqualTo(Decision.APPLY);
			assertThat(r.decision(SensitiveType.PERSON_NAME)).as(column + ": " + why(r, SensitiveType.PERSON_NAME))
					.isNotEqualTo(Decision.APPLY);
		}
	}

	@Test
	void doesNotTakeCompaniesWithoutLegalFormsUnderAPersonishHeaderForPeople() {
		String[] trades = {"Consulting", "Logistics", "Trading", "Software", "Media", "Bakery", "Motors", "Brothers"};
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			// half of them start with a given name, as firms named after their founder do
			String owner = i % 2 == 0 ? GIVEN[i % GIVEN.length] : FAMILY[i % FAMILY.length];
			values.add(owner + " " + trades[i % trades.length]);
		}
		ClassificationResult r = classify("invoices", "payee", values);
		assertThat(r.decision(SensitiveType.PERSON_NAME)).as(why(r, SensitiveType.PERSON_NAME)).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void doesNotTakeNotesEndingInShortCommonWordsForCompanies() {
		List<String> notes = new ArrayList<>();
		String[] endings = {"please call me", "same as", "leave it as is", "ring me", "as agreed, same as"};
		for (int i = 0; i < 60; i++) {
			notes.add("Parcel " + GIVEN[i % GIVEN.length].toLowerCase(Locale.ROOT) + " " + endings[i % endings.length]);
		}
		ClassificationResult r = classify("deliveries", "remark", notes);
		assertThat(r.decision(SensitiveType.ORGANIZATION_NAME)).as(why(r, SensitiveType.ORGANIZATION_NAME))
				.isNotEqualTo(Decision.APPLY);
	}

	@Test
	void doesNotTakeBookTitlesNamedAfterTheirHeroesForPeople() {
		List<String> titles = List.of("Anna Karenina", "Jane Eyre", "David Copperfield", "Oliver Twist", "Emma",
				"War and Peace", "The Trial", "Moby Dick", "Middlemarch", "The Idiot", "Dracula", "Rebecca",
				"Great Expectations", "Wuthering Heights", "The Magic Mountain", "Don Quixote", "Ulysses", "Lolita",
				"Madame Bovary", "Pride and Prejudice", "The Brothers Karamazov", "Sense and Sensibility", "Frankenstein",
				"Heart of Darkness", "The Stranger", "Silas Marner", "Effi Briest", "Beloved", "Persuasion", "Nana");
		ClassificationResult r = classify("books", "work", titles);
		assertThat(r.decision(SensitiveType.PERSON_NAME)).as(why(r, SensitiveType.PERSON_NAME)).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void doesNotTakeStreetsNamedAfterPeopleForPeople() {
		List<String> streets = new ArrayList<>();
		String[] kinds = {"Street", "Road", "Avenue", "Straße", "Allee", "Lane", "Boulevard"};
		for (int i = 0; i < 60; i++) {
			streets.add(GIVEN[i % GIVEN.length] + " " + FAMILY[(i * 5) % FAMILY.length] + " " + kinds[i % kinds.length]);
		}
		ClassificationResult r = classify("routes", "via", streets);
		assertThat(r.decision(SensitiveType.PERSON_NAME)).as(why(r, SensitiveType.PERSON_NAME)).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void doesNotTakeCitiesOrProductsForPeople() {
		List<String> cities = List.of("Springfield", "Victoria", "Florence", "San Jose", "Santa Maria", "Saint Louis",
				"Port Elizabeth", "Alice Springs", "Charlotte", "Augusta", "Eugene", "Marysville", "Elizabethtown",
				"Victoria Falls", "Lake Charles", "Fort William", "Juliaca", "Adelaide", "Georgetown", "Jacksonville");
		ClassificationResult c = classify("stops", "place", cities);
		assertThat(c.decision(SensitiveType.PERSON_NAME)).as(why(c, SensitiveType.PERSON_NAME)).isNotEqualTo(Decision.APPLY);
		List<String> products = List.of("Ford Focus", "Mercedes Sprinter", "Tesla Roadster", "Dr Pepper Zero",
				"Victoria Secret Bombshell", "Hugo Boss Bottled", "Paula Ortiz Gown", "Calvin Klein Eternity",
				"Ben Nevis Malt", "Jack Daniels Honey", "Johnnie Walker Black", "Captain Morgan Spiced", "Mini Cooper",
				"Ray Ban Aviator", "Tommy Hilfiger Polo", "Marc Jacobs Daisy", "Baby Ruth Bar", "Peter Pan Crunchy",
				"Louis Vuitton Speedy", "Ralph Lauren Polo");
		ClassificationResult p = classify("catalogue", "item", products);
		assertThat(p.decision(SensitiveType.PERSON_NAME)).as(why(p, SensitiveType.PERSON_NAME)).isNotEqualTo(Decision.APPLY);
	}
}
