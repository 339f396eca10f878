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
 * How much evidence the engine asks for: a few values that all agree with a name that says the
 * type, right-shaped values a dictionary lacks, and code lists that only look like the type.
 */
class EvidenceStrengthTests {
	private static final ColumnClassifier CLASSIFIER = ColumnClassifier.create(ClassifierConfig.builder()
			.clock(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC)).build());

	private static final List<String> TWO_EMAILS = List.of("Mike.Hillyer@sakilastaff.com", "Jon.Stephens@sakilastaff.com");

	private static ClassificationResult classify(String table, String column, List<String> values) {
		return CLASSIFIER.classify(ColumnContext.builder(column).table(table).dataType("varchar(100)").samples(values)
				.build());
	}

	private static Decision decision(String table, String column, List<String> values, SensitiveType type) {
		return classify(table, column, values).decision(type);
	}

	// --- tiny tables -------------------------------------------------------------------------

	@Test
	void appliesEveryColumnOfATwoRowStaffTableWhoseNamesAndValuesAgree() {
		assertThat(decision("staff", "first_name", List.of("Mike", "Jon"), SensitiveType.PERSON_NAME))
				.isEqualTo(Decision.APPLY);
		assertThat(decision("staff", "last_name", List.of("Hillyer", "Stephens"), SensitiveType.PERSON_NAME))
				.isEqualTo(Decision.APPLY);
		assertThat(decision("staff", "email", TWO_EMAILS, SensitiveType.EMAIL_ADDRESS)).isEqualTo(Decision.APPLY);
		assertThat(decision("staff", "username", List.of("Mike", "Jon"), SensitiveType.USERNAME))
				.isEqualTo(Decision.APPLY);
		String sha1 = "8cb2237d0679ca88db6464eac60da96345513964";
		assertThat(decision("staff", "password", List.of(sha1, sha1), SensitiveType.PASSWORD)).isEqualTo(Decision.APPLY);
	}

	@Test
	void trustsTwoAgreeingValuesLessThanManyButStillAppliesThem() {
		TypeMatch two = classify("staff", "email", TWO_EMAILS).match(SensitiveType.EMAIL_ADDRESS).orElseThrow();
		TypeMatch many = classify("staff", "email", TypeExamples.column(TWO_EMAILS)).match(SensitiveType.EMAIL_ADDRESS)
				.orElseThrow();
		assertThat(two.decision()).isEqualTo(Decision.APPLY);
		assertThat(two.confidence()).isLessThan(many.confidence());
		assertThat(two.explanation()).contains("only 2 sampled values, every one agreeing with the name");
	}

	@ParameterizedTest
	@ValueSource(strings = {"value", "data", "text1"})
	void doesNotApplyATinyColumnWhoseNameSaysNothing(String column) {
		ClassificationResult r = classify("staff", column, TWO_EMAILS);
		assertThat(r.applied()).isEmpty();
		assertThat(decision("staff", column, List.of("Mike", "Jon"), SensitiveType.PERSON_NAME))
				.isNotEqualTo(Decision.APPLY);
	}

	@Test
	void doesNotApplyATinyColumnWhenOneValueDisagrees() {
		assertThat(decision("staff", "email", List.of("Mike.Hillyer@sakilastaff.com", "Mike Hillyer"), SensitiveType.EMAIL_ADDRESS))
				.isNotEqualTo(Decision.APPLY);
		assertThat(decision("staff", "email", List.of("mike@", "jon@"), SensitiveType.EMAIL_ADDRESS))
				.isNotEqualTo(Decision.APPLY);
	}

	@Test
	void doesNotApplyATinyColumnWithOnlyAHintOfAName() {
		// "name" in a person table hints at a person's name without naming it outright
		List<String> names = List.of("Mike Hillyer", "Jon Stephens");
		TypeMatch hinted = classify("customer", "name", names).match(SensitiveType.PERSON_NAME).orElseThrow();
		TypeMatch named = classify("customer", "full_name", names).match(SensitiveType.PERSON_NAME).orElseThrow();
		assertThat(hinted.decision()).isNotEqualTo(Decision.APPLY);
		assertThat(named.decision()).isEqualTo(Decision.APPLY);
	}

	// --- dictionary misses ---------------------------------------------------------------------

	@Test
	void appliesACityColumnWhoseCitiesAreMostlyMissingFromTheDictionary() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 240; i++) {
			values.add(invented(i));
		}
		for (int i = 0; i < 60; i++) {
			values.add(List.of("London", "Paris", "Berlin", "Madrid", "Tokyo", "Chicago").get(i % 6));
		}
		TypeMatch m = classify("customer", "city", values).match(SensitiveType.CITY).orElseThrow();
		assertThat(m.decision()).as(m.explanation()).isEqualTo(Decision.APPLY);
		assertThat(m.explanation()).contains("60 of 300 sampled values are in the cities dictionary");
		assertThat(m.explanation()).doesNotContain("contradict");
	}

	@Test
	void countsDictionaryHitsAsSupportOnTopOfTheShape() {
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			unknown.add(invented(i));
		}
		List<String> known = TypeExamples.column(List.of("London", "Paris", "Berlin", "Madrid", "Tokyo", "Chicago"));
		double withoutHits = classify("customer", "city", unknown).match(SensitiveType.CITY).orElseThrow().confidence();
		double withHits = classify("customer", "city", known).match(SensitiveType.CITY).orElseThrow().confidence();
		assertThat(withHits).isGreaterThan(withoutHits);
	}

	@Test
	void appliesNamesAndRegionsTheDictionaryLacks() {
		List<String> surnames = new ArrayList<>();
		List<String> regions = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			surnames.add(invented(i));
			regions.add(invented(i + 100) + " " + (i % 2 == 0 ? "Oblast" : "Krai"));
		}
		assertThat(decision("customer", "last_name", surnames, SensitiveType.PERSON_NAME)).isEqualTo(Decision.APPLY);
		assertThat(decision("customer", "province", regions, SensitiveType.STATE_PROVINCE)).isEqualTo(Decision.APPLY);
	}

	@Test
	void appliesStreetsNamedWithoutAHouseNumberOrAStreetWord() {
		List<String> streets = TypeExamples.column(List.of("Broadway", "Unter den Linden", "Champs-Élysées",
				"Kurfürstendamm", "Åkergatan", "Piccadilly", "La Rambla", "Nevsky Prospekt"));
		TypeMatch m = classify("customer", "street", streets).match(SensitiveType.STREET_ADDRESS).orElseThrow();
		assertThat(m.decision()).as(m.explanation()).isEqualTo(Decision.APPLY);
		List<String> words = TypeExamples.column(List.of("unknown", "none", "pending", "various"));
		assertThat(decision("customer", "street", words, SensitiveType.STREET_ADDRESS)).isEqualTo(Decision.IGNORE);
	}

	@Test
	void stillTakesValuesOfTheWrongShapeAsContradictingTheName() {
		List<String> codes = TypeExamples.column(List.of("A-1001", "B-2002", "C-3003", "D-4004"));
		TypeMatch city = classify("customer", "city", codes).match(SensitiveType.CITY).orElseThrow();
		assertThat(city.decision()).isEqualTo(Decision.IGNORE);
		assertThat(city.explanation()).contains("contradict");
		List<String> statuses = TypeExamples.column(List.of("shipped", "pending", "cancelled", "returned"));
		assertThat(decision("orders", "state", statuses, SensitiveType.STATE_PROVINCE)).isEqualTo(Decision.IGNORE);
	}

	@Test
	void doesNotTakeProductNamesOrNotesForPlacesOrPeopleWithoutANameThatSaysSo() {
		List<String> products = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			products.add(invented(i) + " " + List.of("Deluxe", "Classic", "Mini", "Pro").get(i % 4));
			notes.add("Customer called about order " + i + ", wants delivery moved to the following week");
		}
		for (List<String> values : List.of(products, notes)) {
			ClassificationResult r = classify("product", "description", values);
			assertThat(r.decision(SensitiveType.CITY)).isEqualTo(Decision.IGNORE);
			assertThat(r.decision(SensitiveType.PERSON_NAME)).isEqualTo(Decision.IGNORE);
			assertThat(r.decision(SensitiveType.STREET_ADDRESS)).isEqualTo(Decision.IGNORE);
		}
	}

	// --- code lists -------------------------------------------------------------------------

	@Test
	void doesNotTakeACodeListOfCurrenciesForCountries() {
		List<String> currencies = java.util.Currency.getAvailableCurrencies().stream()
				.map(java.util.Currency::getCurrencyCode).sorted().limit(120).toList();
		ClassificationResult r = classify("currency", "code", currencies);
		assertThat(r.decision(SensitiveType.COUNTRY)).isNotEqualTo(Decision.APPLY);
		assertThat(r.applied()).isEmpty();
	}

	@Test
	void doesNotTakeAStatusListForRegionsOrPlacesBecauseOfItsName() {
		List<String> statuses = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			statuses.add(List.of("NEW", "OPEN", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "RETURNED", "ON_HOLD")
					.get(i * 7 % 8));
		}
		for (String column : List.of("state", "workflow_state", "order_state")) {
			assertThat(classify("orders", column, statuses).applied()).as(column).isEmpty();
		}
		List<String> stages = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			stages.add(List.of("Draft", "Review", "Approved", "Archived").get(i % 4));
		}
		assertThat(classify("documents", "state", stages).applied()).isEmpty();
		assertThat(classify("tickets", "city", stages).applied()).isEmpty();
	}

	/** A capitalised word no dictionary holds, different for each {@code i}: "Kelvorby", "Dunmarsk"... */
	private static String invented(int i) {
		String[] first = {"Kel", "Dun", "Vor", "Thal", "Brin", "Quel", "Mor", "Zan", "Orl", "Fen"};
		String[] middle = {"vor", "mar", "ith", "ken", "dal", "wyn", "rus", "bel"};
		String[] last = {"by", "sk", "holm", "stead", "ova", "ingen"};
		return first[i % 10] + middle[(i / 10) % 8] + last[(i / 80) % 6];
	}
}
