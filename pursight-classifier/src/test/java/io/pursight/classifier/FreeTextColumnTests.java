package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Types found inside notes, comments, descriptions and JSON documents, and the texts that must stay clean. */
class FreeTextColumnTests {
	private static final ColumnClassifier CLASSIFIER = ColumnClassifier.create(ClassifierConfig.builder()
			.clock(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC)).build());

	private static final List<String> SENTENCES = List.of("The customer asked about the delivery window for next week.",
			"Followed up after the call, the replacement part is on its way.",
			"Requested a refund for the damaged item, approved by the team lead.",
			"Prefers contact in the morning, no calls after six in the evening.",
			"Issue resolved after resetting the account settings twice.",
			"Upgraded the plan to the annual subscription with the usual discount.",
			"Reported that the mobile app crashes when uploading large photos.",
			"Asked to be removed from the newsletter but keep order updates.");

	private static ClassificationResult classify(String column, String dataType, List<String> values) {
		return CLASSIFIER.classify(ColumnContext.builder(column).table("tickets").dataType(dataType).samples(values).build());
	}

	/** {@code n} notes; every {@code every}-th one carries {@code pii(i)} in the middle of two sentences. */
	private static List<String> notes(int n, int every, IntFunction<String> pii) {
		Random random = new Random(7);
		List<String> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			String a = SENTENCES.get(random.nextInt(SENTENCES.size()));
			String b = SENTENCES.get(random.nextInt(SENTENCES.size()));
			out.add(i % every == 0 ? a + " " + pii.apply(i) + " " + b : a + " " + b);
		}
		return out;
	}

	/**
	 * Asserts that nothing is found inside the values, and that this is not because the column
	 * went unsearched: with an address added to every fifth value, the address and only it is found.
	 */
	private static void assertClean(String column, List<String> values) {
		assertThat(classify(column, "text", values).matches()).noneMatch(TypeMatch::isEmbedded);
		List<String> control = new ArrayList<>(values);
		for (int i = 0; i < control.size(); i += 5) {
			control.set(i, control.get(i) + " Contact: help" + i + "@example.org");
		}
		assertThat(classify(column, "text", control).matches()).filteredOn(TypeMatch::isEmbedded)
				.extracting(TypeMatch::typeId).containsExactly("EMAIL_ADDRESS");
	}

	private static TypeMatch embedded(ClassificationResult r, SensitiveType type) {
		TypeMatch m = r.match(type).orElseThrow(() -> new AssertionError(type + " not found: " + r.matches()));
		assertThat(m.isEmbedded()).as(m.explanation()).isTrue();
		assertThat(m.occurrence()).isEqualTo(Occurrence.EMBEDDED_IN_TEXT);
		return m;
	}

	@Test
	void findsEmailAddressesInAFewPercentOfNotes() {
		List<String> values = notes(300, 8, i -> "Wrote from anna.meyer" + i + "@example.org to confirm.");
		TypeMatch m = embedded(classify("notes", "text", values), SensitiveType.EMAIL_ADDRESS);
		assertThat(m.decision()).as(m.explanation()).isEqualTo(Decision.APPLY);
		assertThat(m.evidence().patternMatches()).isEqualTo(38);
		assertThat(m.evidence().matchRatio()).isEqualTo(0.127);
		assertThat(m.explanation()).startsWith("38 of 300 sampled values contain an email address inside longer text")
				.contains("in the middle of the text").contains("characters ").contains("-character value in the first example");
	}

	@Test
	void oneStrayAddressInFiveHundredNotesIsNotEnough() {
		List<String> values = notes(500, 1000, i -> "Wrote from anna.meyer@example.org to confirm.");
		assertThat(classify("notes", "text", values).match(SensitiveType.EMAIL_ADDRESS)).isEmpty();
	}

	@Test
	void findsCardNumbersWrittenInGroupsThatPassLuhn() {
		String[] cards = {"4111 1111 1111 1111", "5500-0000-0000-0004", "3782 822463 10005", "4012 8888 8888 1881"};
		List<String> values = notes(200, 20, i -> "Paid over the phone with card " + cards[i / 20 % cards.length] + ".");
		TypeMatch m = embedded(classify("comments", "varchar(2000)", values), SensitiveType.CREDIT_CARD_NUMBER);
		assertThat(m.decision()).isEqualTo(Decision.APPLY);
		assertThat(m.evidence().validatorName()).contains("Luhn");
		assertThat(m.evidence().validatorsPassed()).isEqualTo(10);
	}

	@Test
	void findsIbansAndSocialSecurityNumbers() {
		String[] ibans = {"DE89 3704 0044 0532 0130 00 OK", "GB82WEST12345698765432", "FR14 2004 1010 0505 0001 3M02 606"};
		List<String> values = notes(120, 6, i -> i % 12 == 0 ? "Refund to " + ibans[i / 12 % 3] + " approved."
				: "Verified identity, SSN " + (201 + i) + "-" + String.format("%02d", 10 + i % 80) + "-" + (4000 + i) + ".");
		ClassificationResult r = classify("notes", "text", values);
		TypeMatch iban = embedded(r, SensitiveType.IBAN);
		assertThat(iban.decision()).isEqualTo(Decision.APPLY);
		assertThat(iban.evidence().validatorName()).contains("mod-97");
		assertThat(iban.evidence().validatorsPassed()).isEqualTo(10);
		TypeMatch ssn = embedded(r, SensitiveType.US_SSN);
		assertThat(ssn.decision()).as(ssn.explanation()).isEqualTo(Decision.APPLY);
		assertThat(ssn.evidence().notes()).anyMatch(n -> n.contains("right after a word naming the type"));
	}

	@Test
	void findsPhoneNumbersWithACountryCodeOrACueWord() {
		String[] phones = {"+44 20 7946 0958", "+49 30 901820", "+1 212-555-0187", "+33 1 42 68 53 00"};
		List<String> values = notes(100, 5, i -> "Customer asked us to call back on " + phones[i / 5 % 4] + " tomorrow.");
		TypeMatch m = embedded(classify("message", "text", values), SensitiveType.PHONE_NUMBER);
		assertThat(m.decision()).as(m.explanation()).isEqualTo(Decision.APPLY);
	}

	@Test
	void findsPeopleNamedWithATitleOrAGreeting() {
		String[] names = {"Dear Maria,", "Spoke to Mr. Thompson about it.", "Escalated by Dr. Okafor.",
				"Handed over to John Miller."};
		List<String> values = notes(100, 4, i -> names[i / 4 % names.length]);
		TypeMatch m = embedded(classify("notes", "text", values), SensitiveType.PERSON_NAME);
		assertThat(m.decision()).as(m.explanation()).isEqualTo(Decision.APPLY);
	}

	@Test
	void readsJsonKeysThatNameATypeAndChecksTheirValues() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			values.add("{\"id\": " + i + ", \"contact\": {\"email\": \"user" + i + "@example.com\", \"first_name\": \"Anna\","
					+ " \"zip\": \"1011" + (i % 10) + "\"}, \"items\": [{\"sku\": \"AB-" + i + "\", \"qty\": 2}]}");
		}
		ClassificationResult r = classify("payload", "jsonb", values);
		TypeMatch email = embedded(r, SensitiveType.EMAIL_ADDRESS);
		assertThat(email.decision()).isEqualTo(Decision.APPLY);
		assertThat(email.explanation()).contains("inside JSON documents");
		TypeMatch zip = embedded(r, SensitiveType.POSTAL_CODE);
		assertThat(zip.evidence().notes()).anyMatch(n -> n.contains("JSON key naming the type, such as 'zip'"));
		TypeMatch name = embedded(r, SensitiveType.PERSON_NAME);
		assertThat(name.decision()).isEqualTo(Decision.APPLY);
	}

	@Test
	void leavesLoremIpsumClean() {
		List<String> values = new ArrayList<>();
		String lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut"
				+ " labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.";
		for (int i = 0; i < 200; i++) {
			values.add(lorem.substring(i % 40) + " Duis aute irure " + i);
		}
		assertClean("body", values);
	}

	@Test
	void leavesProductDescriptionsWithDimensionsModelNumbersAndPricesClean() {
		Random random = new Random(3);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			long ean = 4_000_000_000_000L + Math.floorMod(random.nextLong(), 999_999_999_999L);
			values.add("Stainless steel bottle " + (500 + i) + " ml, " + (20 + i % 9) + " x 7.5 cm, model XB-" + (2000 + i)
					+ ", EAN " + ean + ", art. " + (10_000_000 + random.nextInt(89_999_999)) + " " + ean
					+ " now $" + (10 + i % 40) + ".99 (was 1,299.00), weight 0.35 kg, fits 2.5.1.3 adapters");
		}
		assertClean("description", values);
	}

	@Test
	void leavesLogLinesWithVersionsAndTimestampsClean() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			values.add(String.format("2026-01-%02d 12:%02d:%02d,%03d INFO [worker-%d] Started service v2.%d.14 build %d in"
					+ " %d ms (pid %d), version 10.4.%d.1, listening on port 8080, heap 1024 MB, txn 7f3a%05d",
					1 + i % 28, i % 60, (i * 7) % 60, i, i % 8, i % 20, 4500 + i, 1000 + i * 13, 28000 + i, i % 200, i));
		}
		assertClean("message", values);
	}

	@Test
	void leavesOrderAndTrackingNumbersInTextClean() {
		Random random = new Random(11);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			long order = 4_000_000_000_000_000L + Math.floorMod(random.nextLong(), 999_999_999_999_999L);
			values.add("Order #" + (48_000_000 + random.nextInt(1_000_000)) + " shipped via UPS, tracking 1Z999AA1"
					+ (10_000_000 + i) + ", ref " + order + ", invoice " + (100_000_000 + random.nextInt(899_999_999))
					+ ", 3 parcels, delivered on 2026-01-" + String.format("%02d", 1 + i % 28));
		}
		assertClean("notes", values);
	}

	@Test
	void labelsACompanyInboxMentionedInEveryValueAsAnEmailAddress() {
		List<String> values = notes(100, 1, i -> "Questions? Write to support@acme-corp.com any time.");
		assertThat(embedded(classify("footer_text", "text", values), SensitiveType.EMAIL_ADDRESS).decision())
				.isEqualTo(Decision.APPLY);
	}

	@Test
	void neverPutsTheValueItselfIntoEvidenceOrExplanation() {
		List<String> values = notes(100, 4, i -> "Card 4111 1111 1111 1111, mail jo.doe@example.net, call +44 20 7946 0958,"
				+ " Dear Maria, IBAN DE89370400440532013000.");
		ClassificationResult r = classify("notes", "text", values);
		assertThat(r.matches()).filteredOn(TypeMatch::isEmbedded).hasSizeGreaterThanOrEqualTo(4);
		for (TypeMatch m : r.matches()) {
			String all = m.explanation() + " " + String.join(" ", m.evidence().notes()) + " " + m.evidence().nameTokens();
			assertThat(all).doesNotContain("4111", "jo.doe", "example.net", "7946", "Maria", "DE89", "3704");
		}
	}

	@Test
	void wholeValueMatchWinsOverTheSameTypeFoundInside() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			values.add(i % 10 == 0 ? "reach me at person" + i + "@example.com please, any time this week" : "person" + i + "@example.com");
		}
		ClassificationResult r = classify("email", "varchar(200)", values);
		assertThat(r.matches()).filteredOn(m -> m.typeId().equals("EMAIL_ADDRESS")).singleElement()
				.satisfies(m -> assertThat(m.occurrence()).isEqualTo(Occurrence.WHOLE_VALUE));
	}

	@Test
	void columnsOfShortValuesAreNotSearched() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			values.add("John Miller");
		}
		assertThat(classify("assignee", "text", values).matches()).noneMatch(TypeMatch::isEmbedded);
	}

	@Test
	void keepsTheOldConstructorForWholeValueMatches() {
		TypeMatch m = new TypeMatch("EMAIL_ADDRESS", null, Category.PII, Sensitivity.CONFIDENTIAL, 0.9, Decision.APPLY,
				null, "x");
		assertThat(m.occurrence()).isEqualTo(Occurrence.WHOLE_VALUE);
		assertThat(m.isEmbedded()).isFalse();
	}

	@Test
	void keepsSocialSecurityNumbersWithoutAnyCueWordInReview() {
		List<String> values = notes(120, 6, i -> "Updated file " + (201 + i) + "-" + (10 + i % 80) + "-" + (4000 + i) + " today.");
		TypeMatch ssn = embedded(classify("notes", "text", values), SensitiveType.US_SSN);
		assertThat(ssn.decision()).isEqualTo(Decision.REVIEW);
		assertThat(ssn.explanation()).contains("no word naming the type");
	}

	@Test
	void findsNationalPhoneNumbersOnlyAfterAWordAboutCalling() {
		List<String> cued = notes(100, 5, i -> "Please call me at (415) 555-26" + (10 + i % 80) + " after five.");
		assertThat(embedded(classify("notes", "text", cued), SensitiveType.PHONE_NUMBER).decision())
				.isEqualTo(Decision.APPLY);
		List<String> bare = notes(100, 5, i -> "Measured (415) 555-26" + (10 + i % 80) + " units in the batch.");
		assertThat(classify("notes", "text", bare).match(SensitiveType.PHONE_NUMBER)).isEmpty();
	}

	@Test
	void doesNotTakeStreetsAndCompaniesNamedAfterPeopleForPeople() {
		String[] places = {"Martin Luther King Boulevard", "Linda Green Consulting Group Ltd", "Anna Maria Avenue",
				"John Kennedy Road", "Robert Moses Causeway", "Maria Hilf Hospital"};
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			values.add("Delivered to the back entrance at " + (100 + i) + " " + places[i % places.length] + " yesterday");
		}
		// the streets are addresses, and nobody is named
		assertThat(classify("delivery_notes", "text", values).matches()).filteredOn(TypeMatch::isEmbedded)
				.extracting(TypeMatch::typeId).containsExactly("STREET_ADDRESS");
	}

	@Test
	void tellsACardNumberFromAnOrderNumberByTheWordBeforeIt() {
		String[] cards = {"4111111111111111", "5500000000000004", "4012888888881881", "5105105105105100"};
		List<String> card = notes(100, 5, i -> "Customer read out card no. " + cards[i / 5 % 4] + " on the phone.");
		assertThat(embedded(classify("notes", "text", card), SensitiveType.CREDIT_CARD_NUMBER).decision())
				.isEqualTo(Decision.APPLY);
		List<String> order = notes(100, 5, i -> "Customer read out order no. " + cards[i / 5 % 4] + " on the phone.");
		assertThat(classify("notes", "text", order).match(SensitiveType.CREDIT_CARD_NUMBER)).isEmpty();
	}

	@Test
	void searchesOnlyTheStartOfAHugeDocumentButReportsItsFullLength() {
		String filler = "word ".repeat(5000);
		List<String> values = notes(40, 2, i -> "Mail jo" + i + "@example.org. " + filler + "late" + i + "@example.org");
		TypeMatch m = embedded(classify("notes", "text", values), SensitiveType.EMAIL_ADDRESS);
		assertThat(m.evidence().notes().getFirst()).contains("-character value in the first example")
				.contains(String.valueOf(values.getFirst().length()));
	}

	@Test
	void findsIpAddressesInLogLines() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			values.add("2026-01-15 08:" + String.format("%02d", i % 60) + " WARN failed login for user " + i + " from 203.0.113."
					+ (i % 250 + 1) + " after 3 attempts");
		}
		TypeMatch m = embedded(classify("message", "text", values), SensitiveType.IP_ADDRESS);
		assertThat(m.decision()).isEqualTo(Decision.APPLY);
	}

	@Test
	void takesNoProductVersionInUserAgentsAndBannersForAnIpAddress() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			int major = 110 + i % 15;
			values.add(switch (i % 4) {
				case 0 -> "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/" + major
						+ ".0.0.0 Safari/537.36";
				case 1 -> "Vivaldi/6." + (i % 9) + ".3105.58 Chromium/" + major + ".0.0.0";
				case 2 -> "okhttp/4.12.0 MyShopApp/3.14.22.7 (Android 14; build 2.1" + (i % 9) + ".1.4)";
				default -> "nginx/1.25.3 handled by Firefox " + major + ".0.2.1 on worker 7";
			});
		}
		assertThat(classify("client_signature", "text", values).match(SensitiveType.IP_ADDRESS)).isEmpty();
	}

	@Test
	void stillFindsTheClientAddressBesideAUserAgent() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			values.add("GET /cart 200 from 198.51.100." + (i % 200 + 10) + " agent=Mozilla/5.0 Chrome/" + (115 + i % 9)
					+ ".0.0.0 Safari/537.36");
		}
		TypeMatch m = embedded(classify("access_line", "text", values), SensitiveType.IP_ADDRESS);
		assertThat(m.decision()).isEqualTo(Decision.APPLY);
	}

	@Test
	void findsNationalIdsWithACheckDigitOnlyWhenAWordNamesThem() {
		List<String> named = notes(100, 5, i -> "Registered with NHS number 943 476 5919 at the practice.");
		TypeMatch nhs = embedded(classify("notes", "text", named), SensitiveType.UK_NHS_NUMBER);
		assertThat(nhs.decision()).isEqualTo(Decision.APPLY);
		assertThat(nhs.evidence().validatorsPassed()).isEqualTo(20);
		List<String> unnamed = notes(100, 5, i -> "Registered with 943 476 5919 at the practice.");
		assertThat(classify("notes", "text", unnamed).match(SensitiveType.UK_NHS_NUMBER)).isEmpty();
	}

	@Test
	void findsItalianFiscalCodesByTheirCheckCharacterAlone() {
		List<String> values = notes(100, 10, i -> "Documento verificato RSSMRA85T10A562S in sede.");
		TypeMatch m = embedded(classify("note", "text", values), SensitiveType.IT_FISCAL_CODE);
		assertThat(m.decision()).isEqualTo(Decision.APPLY);
	}
}
