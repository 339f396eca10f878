package io.pursight.classifier.internal.engine;

import static io.pursight.classifier.internal.engine.BorderlinePopulations.agesWithSentinel;
import static io.pursight.classifier.internal.engine.BorderlinePopulations.codesAsIntegers;
import static io.pursight.classifier.internal.engine.BorderlinePopulations.codesAsText;
import static io.pursight.classifier.internal.engine.BorderlinePopulations.extensions;
import static io.pursight.classifier.internal.engine.BorderlinePopulations.genderWithStrays;
import static io.pursight.classifier.internal.engine.BorderlinePopulations.mixedCodes;
import static io.pursight.classifier.internal.engine.BorderlinePopulations.routingNumbersAsIntegers;
import static io.pursight.classifier.internal.engine.BorderlinePopulations.smallIntegers;
import static io.pursight.classifier.internal.engine.BorderlinePopulations.ssnsAsIntegers;
import static io.pursight.classifier.internal.engine.BorderlinePopulations.unknownPlaces;
import static io.pursight.classifier.internal.engine.BorderlinePopulations.zipCodesAsIntegers;
import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.internal.engine.DecisionStability.Population;
import io.pursight.classifier.internal.engine.DecisionStability.Report;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same data gets the same decisions in every sample a scan may draw (issue 10, kind 5: a
 * {@code cvv2} column applied on PostgreSQL and not on MariaDB). Each population of a few thousand
 * rows sits near a threshold as real columns do; 30 samples of each size a scan uses must all be
 * decided alike, and as stated.
 */
class DecisionStabilityTests {
	private static final ClassificationEngine ENGINE = new ClassificationEngine(ClassifierConfig.defaults());
	/**
	 * Rows sampled per table: 1,000 is the product's default ({@code ScanRules.DEFAULT_SAMPLE_SIZE}), 500 the
	 * benchmark's, 100 a small sample a workspace may choose.
	 */
	private static final int[] SAMPLE_SIZES = {100, 500, 1_000};
	private static final int DRAWS = 30;

	static Stream<Arguments> populations() {
		return Stream.of(
				// card security codes: as text, in integer columns that drop leading zeros, mixed with four-digit ones
				Arguments.of(codesAsText("payment_cards", "cvv2", 3, 1), "CVV=APPLY"),
				Arguments.of(codesAsIntegers("payment_cards", "cvv2", 3, 2), "CVV=APPLY"),
				Arguments.of(codesAsIntegers("payment_cards", "cvv", 3, 3), "CVV=APPLY"),
				Arguments.of(codesAsIntegers("cards", "card_security_code", 3, 4), "CVV=APPLY"),
				Arguments.of(codesAsIntegers("cards", "cvc", 4, 5), "CVV=APPLY"),
				Arguments.of(mixedCodes("cards", "security_code", 10, 6), "CVV=APPLY"),
				// other fixed-width codes an integer column shortens (nine bare digits are also suggested as an SSN)
				Arguments.of(zipCodesAsIntegers("customers", "zip", 7), "POSTAL_CODE=APPLY"),
				Arguments.of(routingNumbersAsIntegers("bank_accounts", "routing_number", 8), "US_ROUTING_NUMBER=APPLY, US_SSN=REVIEW"),
				Arguments.of(ssnsAsIntegers("employees", "ssn", 9), "US_SSN=APPLY"),
				// ages, with "unknown" written as 999 in one row of 20, 10 or 3
				Arguments.of(agesWithSentinel("patients", "age", 0, 10), "AGE=APPLY"),
				Arguments.of(agesWithSentinel("patients", "patient_age", 20, 11), "AGE=APPLY"),
				Arguments.of(agesWithSentinel("patients", "age", 10, 12), "AGE=APPLY"),
				Arguments.of(agesWithSentinel("patients", "age", 3, 13), "AGE=APPLY"),
				// code types whose samples show more stray spellings the larger they are
				Arguments.of(smallIntegers("customers", "sex", 1, 2, 14), "GENDER=APPLY"),
				Arguments.of(genderWithStrays("customers", "gender", 30, 15), "GENDER=APPLY"),
				Arguments.of(genderWithStrays("customers", "sex", 10, 16), "GENDER=APPLY"),
				// dictionary types whose values the dictionary lacks, with a long tail of rare ones
				Arguments.of(unknownPlaces("customers", "city", 40, 17), "CITY=APPLY"),
				Arguments.of(unknownPlaces("customers", "state", 30, 18), "STATE_PROVINCE=APPLY"),
				// hard negatives: small numbers under names that sound sensitive, extensions that are not phones
				Arguments.of(smallIntegers("customers", "gender", 0, 9, 19), ""),
				Arguments.of(smallIntegers("customers", "age_group", 1, 9, 20), ""),
				Arguments.of(smallIntegers("employees", "dependents", 0, 6, 21), ""),
				Arguments.of(smallIntegers("users", "security_level", 1, 5, 22), ""),
				Arguments.of(codesAsIntegers("accounts", "pin", 4, 23), ""),
				Arguments.of(extensions("employees", "extension", 24), ""),
				Arguments.of(extensions("employees", "phone_ext", 25), ""));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("populations")
	void decidesEverySampleOfAColumnAlike(Population population, String decisions) {
		Report report = DecisionStability.check(ENGINE, population, SAMPLE_SIZES, DRAWS, 42);
		assertThat(report.isStable()).as(report.describe()).isTrue();
		assertThat(report.decision()).as(report.describe()).isEqualTo(decisions);
	}
}
