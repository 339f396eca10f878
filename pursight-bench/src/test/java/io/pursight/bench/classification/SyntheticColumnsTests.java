package io.pursight.bench.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.BuiltInValidator;
import io.pursight.classifier.SensitiveType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyntheticColumnsTests {

	@Test
	void coversEveryCanonicalTypeInAtLeastTwoHundredColumns() {
		List<SyntheticColumns.LabelledColumn> columns = SyntheticColumns.generate(1L);
		assertThat(columns).hasSizeGreaterThanOrEqualTo(200);
		List<String> expected = columns.stream().map(SyntheticColumns.LabelledColumn::expected).filter(Objects::nonNull)
				.toList();
		assertThat(expected).containsAll(Arrays.stream(SensitiveType.values()).map(SensitiveType::id).toList());
		assertThat(columns.stream().filter(c -> c.expected() == null).count()).as("hard negatives").isGreaterThan(50);
	}

	@Test
	void generatesValuesThatPassTheirChecksums() {
		SyntheticValues v = new SyntheticValues(new Random(7));
		for (int i = 0; i < 200; i++) {
			assertThat(BuiltInValidator.PAYMENT_CARD.test(v.creditCard(i % 3))).isTrue();
			assertThat(BuiltInValidator.IBAN.test(v.iban(i % 3))).isTrue();
			assertThat(BuiltInValidator.US_ROUTING_NUMBER.test(v.routingNumber())).isTrue();
			assertThat(BuiltInValidator.UK_NHS_NUMBER.test(v.nhsNumber())).isTrue();
			assertThat(BuiltInValidator.DE_TAX_ID.test(v.germanTaxId())).isTrue();
			assertThat(BuiltInValidator.ES_NIF.test(v.spanishNif())).isTrue();
			assertThat(BuiltInValidator.IT_FISCAL_CODE.test(v.italianFiscalCode())).isTrue();
			assertThat(BuiltInValidator.IN_AADHAAR.test(v.aadhaar())).isTrue();
			assertThat(BuiltInValidator.PL_PESEL.test(v.pesel())).isTrue();
			assertThat(BuiltInValidator.AU_TFN.test(v.australianTfn())).isTrue();
			assertThat(BuiltInValidator.NL_BSN.test(v.dutchBsn())).isTrue();
			assertThat(BuiltInValidator.SE_PERSONNUMMER.test(v.swedishPersonnummer())).isTrue();
			assertThat(BuiltInValidator.US_NPI.test(v.npi())).isTrue();
			assertThat(BuiltInValidator.VIN.test(v.vin())).isTrue();
			assertThat(BuiltInValidator.IMEI.test(v.imei().replace("-", ""))).isTrue();
			assertThat(BuiltInValidator.CRYPTO_WALLET.test(v.bitcoinAddress())).isTrue();
			assertThat(BuiltInValidator.VAT_ID.test(v.vatId())).isTrue();
			assertThat(BuiltInValidator.FR_INSEE.test(v.frenchInsee())).isTrue();
			assertThat(BuiltInValidator.UK_NINO.test(v.ukNino())).isTrue();
			assertThat(BuiltInValidator.US_MBI.test(v.mbi())).isTrue();
			assertThat(BuiltInValidator.JWT.test(v.jwt())).isTrue();
		}
	}

	@Test
	void meetsTheAccuracyTargetsOnTheSyntheticSet() {
		AccuracyScore score = ClassificationAccuracy.synthetic(io.pursight.classifier.ColumnClassifier.withDefaults());
		assertThat(score.precision()).isGreaterThanOrEqualTo(ClassificationAccuracy.TARGET_PRECISION);
		assertThat(score.recall()).isGreaterThanOrEqualTo(ClassificationAccuracy.TARGET_RECALL);
	}
}
