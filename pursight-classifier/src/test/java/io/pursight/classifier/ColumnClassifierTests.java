package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnClassifierTests {
	private static final ColumnClassifier CLASSIFIER = ColumnClassifier.create(ClassifierConfig.builder()
			.clock(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC)).build());

	private static ClassificationResult classify(String table, String column, String dataType, List<String> values) {
		return CLASSIFIER.classify(ColumnContext.builder(column).table(table).dataType(dataType).samples(values).build());
	}

	private static ClassificationResult classify(String column, String... values) {
		return classify("t", column, "", Arrays.asList(values));
	}

	static Stream<TypeExamples.Example> examples() {
		return TypeExamples.all().stream();
	}

	@Test
	void knowsAnExampleForEveryBuiltInType() {
		assertThat(TypeExamples.all()).extracting(TypeExamples.Example::type).containsExactlyInAnyOrder(SensitiveType.values());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void appliesTheTypeWhenTheValuesAndTheNameAgree(TypeExamples.Example e) {
		ClassificationResult r = classify("records", e.column(), e.dataType(), TypeExamples.column(e.valid()));
		assertThat(r.decision(e.type())).as(r.match(e.type()).map(TypeMatch::explanation).orElse("no match"))
				.isEqualTo(Decision.APPLY);
		TypeMatch m = r.match(e.type()).orElseThrow();
		assertThat(m.explanation()).isNotBlank();
		assertThat(m.evidence().sampledValues()).isEqualTo(TypeExamples.column(e.valid()).size());
		assertThat(m.category()).isEqualTo(e.type().category());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void doesNotApplyTheTypeWhenTheValuesFailItsChecks(TypeExamples.Example e) {
		ClassificationResult r = classify("records", e.column(), e.dataType(), TypeExamples.column(e.invalid()));
		assertThat(r.decision(e.type())).as(r.match(e.type()).map(TypeMatch::explanation).orElse("no match"))
				.isNotEqualTo(Decision.APPLY);
	}

	@Test
	void explainsACardColumnWithCountsAndTheNameThatAgrees() {
		TypeMatch m = classify("card_number", "4111111111111111", "5500000000000004", "340000000000009",
				"6011000000000004", "4111111111111112").match(SensitiveType.CREDIT_CARD_NUMBER).orElseThrow();
		assertThat(m.explanation()).startsWith("4 of 5 sampled values passed the Luhn check")
				.contains("column name contains 'card number'");
		assertThat(m.evidence().validatorsPassed()).isEqualTo(4);
		assertThat(m.evidence().validatorsFailed()).isEqualTo(1);
		assertThat(m.evidence().matchRatio()).isEqualTo(0.8);
	}

	@Test
	void doesNotTakeAZeroOneFlagNamedAfterEmailForAnEmail() {
		ClassificationResult r = classify("users", "email_verified", "int",
				TypeExamples.column(List.of("0", "1", "1", "0")));
		assertThat(r.decision(SensitiveType.EMAIL_ADDRESS)).isEqualTo(Decision.IGNORE);
		assertThat(r.applied()).isEmpty();
	}

	@Test
	void neverAppliesAColumnNameWhoseValuesContradictIt() {
		ClassificationResult r = classify("users", "email", "varchar", TypeExamples.column(List.of("0", "1", "1", "0")));
		assertThat(r.decision(SensitiveType.EMAIL_ADDRESS)).isEqualTo(Decision.IGNORE);
		assertThat(r.match(SensitiveType.EMAIL_ADDRESS).orElseThrow().explanation())
				.contains("the values contradict the name");
	}

	@Test
	void doesNotLetGenericWordsTurnYearsIntoCardVerificationValues() {
		ClassificationResult r = classify("course", "academic_year_code", "int",
				IntStream.range(1990, 2026).mapToObj(String::valueOf).toList());
		assertThat(r.applied()).isEmpty();
		assertThat(r.decision(SensitiveType.CVV)).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void needsANameOrCommentBeforeBareDigitRunsBecomeIdentifiers() {
		List<String> ssns = TypeExamples.column(List.of("123456789", "536228726", "401831190", "219099998"));
		assertThat(classify("t", "code", "char(9)", ssns).decision(SensitiveType.US_SSN)).isNotEqualTo(Decision.APPLY);
		assertThat(classify("t", "ssn", "char(9)", ssns).decision(SensitiveType.US_SSN)).isEqualTo(Decision.APPLY);
		ClassificationResult commented = CLASSIFIER.classify(ColumnContext.builder("f3").comment("Social security number")
				.samples(ssns).build());
		assertThat(commented.decision(SensitiveType.US_SSN)).isEqualTo(Decision.APPLY);
		assertThat(commented.match(SensitiveType.US_SSN).orElseThrow().explanation())
				.contains("comment mentions 'social security number'");
	}

	@Test
	void doesNotTakeOneRepeatedValueForAPersonName() {
		ClassificationResult r = classify("customers", "default_first_name", "varchar",
				TypeExamples.column(List.of("John")));
		assertThat(r.decision(SensitiveType.PERSON_NAME)).isNotEqualTo(Decision.APPLY);
		assertThat(r.match(SensitiveType.PERSON_NAME).orElseThrow().explanation()).contains("every sampled value is the same");
	}

	@Test
	void recognisesUpperCaseAndAccentedNames() {
		ClassificationResult upper = classify("customer", "last_name", "varchar",
				TypeExamples.column(List.of("GONÇALVES", "KÖHLER", "TREMBLAY", "HANSEN", "NOVÁK", "GARCÍA", "MÜLLER")));
		assertThat(upper.decision(SensitiveType.PERSON_NAME)).isEqualTo(Decision.APPLY);
		ClassificationResult accented = classify("customer", "nombre_completo", "varchar",
				TypeExamples.column(List.of("José Gonçalves", "Zoë Lefèvre", "Łukasz Nowak", "Søren Jensen", "Björn Andersson")));
		assertThat(accented.decision(SensitiveType.PERSON_NAME)).isEqualTo(Decision.APPLY);
	}

	@Test
	void suggestsButDoesNotApplyFromTheNameAloneWhenThereAreNoSamples() {
		ClassificationResult r = classify("empty", "date_of_birth", "date", List.of());
		TypeMatch m = r.match(SensitiveType.DATE_OF_BIRTH).orElseThrow();
		assertThat(m.decision()).isEqualTo(Decision.REVIEW);
		assertThat(m.explanation()).contains("no sampled values");
	}

	@Test
	void doesNotTakeHireOrInvoiceDatesForBirthDates() {
		List<String> dates = TypeExamples.column(List.of("2002-08-14", "2002-05-01", "2003-10-17", "1999-03-04"));
		assertThat(classify("employee", "hire_date", "timestamp", dates).applied()).isEmpty();
		assertThat(classify("invoice", "invoice_date", "timestamp", dates).applied()).isEmpty();
		assertThat(classify("employee", "birth_date", "timestamp", dates).decision(SensitiveType.DATE_OF_BIRTH))
				.isEqualTo(Decision.APPLY);
	}

	@Test
	void doesNotTakeFourDigitExtensionsForPhoneNumbers() {
		ClassificationResult r = classify("employees", "extension", "varchar(4)",
				TypeExamples.column(List.of("5467", "3457", "3355", "5176", "465", "2344")));
		assertThat(r.applied()).isEmpty();
		assertThat(r.decision(SensitiveType.PHONE_NUMBER)).isEqualTo(Decision.IGNORE);
	}

	@Test
	void doesNotTakeIdsOrAmountsForCardsOrNationalIds() {
		List<String> ids = new ArrayList<>();
		List<String> bigIds = new ArrayList<>();
		List<String> amounts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			ids.add(String.valueOf(100_000_000 + i * 7919));
			bigIds.add(String.valueOf(4_000_000_000_000_000L + i * 104_729L));
			amounts.add(String.format(java.util.Locale.ROOT, "%.2f", 10 + i * 3.17));
		}
		assertThat(classify("orders", "order_id", "bigint", ids).applied()).isEmpty();
		assertThat(classify("orders", "order_number", "varchar(16)", bigIds).applied()).isEmpty();
		assertThat(classify("invoice", "total", "numeric(10,2)", amounts).applied()).isEmpty();
	}

	@Test
	void onlySuggestsLookalikeValuesWhenTheNameSaysTheColumnHoldsSomethingElse() {
		List<String> versions = TypeExamples.column(List.of("1.2.3.4", "2.0.1.7", "10.4.0.1", "3.11.2.200"));
		ClassificationResult r = classify("releases", "app_version", "varchar(20)", versions);
		assertThat(r.decision(SensitiveType.IP_ADDRESS)).isEqualTo(Decision.REVIEW);
		assertThat(r.match(SensitiveType.IP_ADDRESS).orElseThrow().explanation()).contains("holds a 'version'");
		List<String> ibans = TypeExamples.column(List.of("DE89370400440532013000", "GB82WEST12345698765432"));
		assertThat(classify("vendor", "payment_ref", "varchar(42)", ibans).decision(SensitiveType.IBAN))
				.as("checksums outweigh a generic name").isEqualTo(Decision.APPLY);
	}

	@Test
	void labelsALookupTableOfStatesAsReferenceDataOfTheType() {
		List<String> states = List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
				"Delaware", "Florida", "Georgia");
		ClassificationResult r = classify("us_states", "state_name", "varchar(100)", states);
		assertThat(r.decision(SensitiveType.STATE_PROVINCE)).isEqualTo(Decision.APPLY);
		assertThat(r.match(SensitiveType.STATE_PROVINCE).orElseThrow().explanation()).contains("reference data");
		assertThat(classify("customers", "state", "varchar(40)", TypeExamples.column(states))
				.decision(SensitiveType.STATE_PROVINCE)).isEqualTo(Decision.APPLY);
	}

	@Test
	void readsRegionAsAStateWhenSiblingColumnsFormAnAddress() {
		List<String> regions = TypeExamples.column(List.of("WA", "WA", "OR", "BC"));
		ColumnContext withAddress = ColumnContext.builder("region").table("employees").dataType("varchar(15)")
				.samples(regions).siblingColumns(List.of("address", "city", "postal_code", "country")).build();
		assertThat(CLASSIFIER.classify(withAddress).decision(SensitiveType.STATE_PROVINCE)).isEqualTo(Decision.APPLY);
	}

	@Test
	void readsPascalCaseAndRunTogetherColumnNames() {
		List<String> codes = TypeExamples.column(List.of("70174", "94043-1351", "H2G 1A7", "SW1V 3EN"));
		assertThat(classify("Customer", "BillingPostalCode", "", codes).decision(SensitiveType.POSTAL_CODE))
				.isEqualTo(Decision.APPLY);
		assertThat(classify("customer", "billingpostalcode", "", codes).decision(SensitiveType.POSTAL_CODE))
				.isEqualTo(Decision.APPLY);
	}

	@Test
	void readsTheHeadOfACompoundNameNotItsModifiers() {
		List<String> cities = TypeExamples.column(List.of("Berlin", "Paris", "Madrid", "Oslo", "Vienna"));
		ClassificationResult r = classify("orders", "billing_address_city", "", cities);
		assertThat(r.decision(SensitiveType.CITY)).isEqualTo(Decision.APPLY);
		assertThat(r.decision(SensitiveType.STREET_ADDRESS)).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void rejectsATypeWhoseValuesTheDeclaredTypeCannotHold() {
		ClassificationResult r = classify("users", "email", "integer", List.of());
		TypeMatch m = r.match(SensitiveType.EMAIL_ADDRESS).orElseThrow();
		assertThat(m.decision()).isEqualTo(Decision.IGNORE);
		assertThat(m.explanation()).contains("cannot hold");
	}

	@Test
	void keepsAGenericTypeOutOfAutoApplyWhenASpecificOneApplies() {
		ClassificationResult r = classify("travellers", "us_passport", "char(9)",
				TypeExamples.column(List.of("123456789", "A12345678", "987654321", "B98765432")));
		assertThat(r.decision(SensitiveType.US_PASSPORT)).isEqualTo(Decision.APPLY);
		assertThat(r.decision(SensitiveType.PASSPORT_NUMBER)).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void classifiesSelfEvidentValuesUnderAMeaninglessName() {
		List<String> ibans = TypeExamples.column(List.of("DE89370400440532013000", "GB82WEST12345698765432",
				"NL91ABNA0417164300", "BE68539007547034"));
		assertThat(classify("t", "col_17", "varchar", ibans).decision(SensitiveType.IBAN)).isEqualTo(Decision.APPLY);
	}

	@Test
	void classifiesTheColumnsOfATableWithTheirSiblings() {
		List<ClassificationResult> results = CLASSIFIER.classifyTable(List.of(
				ColumnContext.builder("city").table("suppliers").samples(TypeExamples.column(List.of("Berlin", "Paris"))).build(),
				ColumnContext.builder("region").table("suppliers").samples(TypeExamples.column(List.of("BC", "QC", "WA")))
						.build()));
		assertThat(results.get(1).decision(SensitiveType.STATE_PROVINCE)).isEqualTo(Decision.APPLY);
	}

	@Test
	void parsesNationalPhoneNumbersInTheRegionsOfASiblingCountryColumn() {
		List<ClassificationResult> results = CLASSIFIER.classifyTable(List.of(
				ColumnContext.builder("country").table("customers")
						.samples(TypeExamples.column(List.of("United Kingdom", "UK", "United Kingdom"))).build(),
				ColumnContext.builder("phone").table("customers")
						.samples(TypeExamples.column(List.of("020 7946 0958", "0161 496 0000", "0113 496 0000"))).build()));
		TypeMatch phone = results.get(1).match(SensitiveType.PHONE_NUMBER).orElseThrow();
		assertThat(phone.decision()).isEqualTo(Decision.APPLY);
		assertThat(phone.evidence().validatorsPassed()).isPositive();
	}

	@Test
	void isSafeToShareBetweenThreads() throws Exception {
		List<String> values = TypeExamples.column(List.of("4111111111111111", "5500000000000004"));
		List<Thread> threads = new ArrayList<>();
		List<Decision> decisions = java.util.Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < 8; i++) {
			threads.add(Thread.ofVirtual().start(() -> {
				for (int k = 0; k < 50; k++) {
					decisions.add(classify("t", "card_number", "", values).decision(SensitiveType.CREDIT_CARD_NUMBER));
				}
			}));
		}
		for (Thread t : threads) {
			t.join();
		}
		assertThat(decisions).hasSize(400).containsOnly(Decision.APPLY);
	}
}
