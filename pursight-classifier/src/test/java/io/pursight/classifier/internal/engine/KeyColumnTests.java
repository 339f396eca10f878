package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.Decision;
import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.TypeMatch;
import io.pursight.classifier.internal.engine.DecisionStability.Population;
import io.pursight.classifier.internal.engine.DecisionStability.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A column named as the key of a thing ({@code acct_id}, {@code loanAcctId}, {@code patient_id}) holds
 * either surrogate keys or the thing's own identifier: the declared type and the values tell which.
 */
class KeyColumnTests {
	private static final ClassificationEngine ENGINE = new ClassificationEngine(ClassifierConfig.defaults());

	private static ClassificationResult classify(String table, String column, String dataType, List<String> values) {
		return ENGINE.classify(ColumnContext.builder(column).table(table).dataType(dataType).samples(values).build());
	}

	/** Keys counted up from {@code base}, each row referring to one of {@code keys} of them at random. */
	private static List<String> foreignKeys(long base, int keys, int rows, long seed) {
		Random random = new Random(seed);
		return IntStream.range(0, rows).mapToObj(i -> String.valueOf(base + random.nextInt(keys))).toList();
	}

	/** Account numbers as banks issue them: random digits of {@code minDigits} to {@code maxDigits}. */
	private static List<String> accountNumbers(int minDigits, int maxDigits, int rows, long seed) {
		Random random = new Random(seed);
		List<String> out = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			int digits = minDigits + random.nextInt(maxDigits - minDigits + 1);
			StringBuilder s = new StringBuilder().append(1 + random.nextInt(9));
			while (s.length() < digits) {
				s.append(random.nextInt(10));
			}
			out.add(s.toString());
		}
		return out;
	}

	@Test
	void aForeignKeyToAnAccountsTableIsNoBankAccountNumber() {
		ClassificationResult r = classify("loan_repayments", "loanAcctId", "integer", foreignKeys(730_000, 2_500, 400, 1));
		TypeMatch m = r.match(SensitiveType.BANK_ACCOUNT_NUMBER).orElseThrow();
		assertThat(m.decision()).as(m.explanation()).isEqualTo(Decision.IGNORE);
		assertThat(m.explanation()).contains("reads as a key").contains("declared integer").contains("narrow band");
	}

	@Test
	void thePrimaryKeyOfAnAccountsTableIsNoBankAccountNumberEvenAsText() {
		List<String> keys = IntStream.range(0, 300).mapToObj(i -> String.valueOf(5_200_001 + i)).toList();
		ClassificationResult r = classify("deposit_accounts", "acct_id", "varchar(10)", keys);
		assertThat(r.decision(SensitiveType.BANK_ACCOUNT_NUMBER)).as(r.toString()).isEqualTo(Decision.IGNORE);
	}

	@Test
	void anIdColumnHoldingBankAccountNumbersAsTextIsStillABankAccountNumber() {
		List<String> numbers = accountNumbers(10, 12, 300, 2);
		ClassificationResult strong = classify("payees", "bank_account_id", "varchar(14)", numbers);
		assertThat(strong.decision(SensitiveType.BANK_ACCOUNT_NUMBER)).as(strong.toString()).isEqualTo(Decision.APPLY);
		ClassificationResult acct = classify("payees", "payeeAcctId", "varchar(14)", numbers);
		assertThat(acct.decision(SensitiveType.BANK_ACCOUNT_NUMBER)).as(acct.toString()).isEqualTo(Decision.APPLY);
		ClassificationResult vague = classify("payees", "account_id", "varchar(14)", numbers);
		assertThat(vague.decision(SensitiveType.BANK_ACCOUNT_NUMBER)).as("'account' alone may be a user's account")
				.isEqualTo(Decision.REVIEW);
	}

	@Test
	void oneSignOfAKeyKeepsTheTypeInReview() {
		ClassificationResult r = classify("ledger_lines", "acct_id", "bigint", accountNumbers(10, 12, 300, 3));
		TypeMatch m = r.match(SensitiveType.BANK_ACCOUNT_NUMBER).orElseThrow();
		assertThat(m.decision()).as(m.explanation()).isEqualTo(Decision.REVIEW);
		assertThat(m.explanation()).contains("may name a key");
	}

	@Test
	void aNumberNamedAsANumberIsNoKeyWhateverItsDeclaredType() {
		ClassificationResult r = classify("ledger_lines", "acct_no", "bigint", accountNumbers(9, 9, 300, 4));
		assertThat(r.decision(SensitiveType.BANK_ACCOUNT_NUMBER)).as(r.toString()).isEqualTo(Decision.APPLY);
	}

	@Test
	void patientKeysAreNoMedicalRecordNumbers() {
		ClassificationResult keys = classify("lab_orders", "patient_id", "int", foreignKeys(200_000, 4_000, 400, 5));
		assertThat(keys.decision(SensitiveType.MEDICAL_RECORD_NUMBER)).as(keys.toString()).isEqualTo(Decision.IGNORE);
		List<String> records = IntStream.range(0, 300).mapToObj(i -> "MR-" + (40_000_000 + i * 7_919)).toList();
		ClassificationResult mrn = classify("lab_orders", "medical_record_number", "varchar(12)", records);
		assertThat(mrn.decision(SensitiveType.MEDICAL_RECORD_NUMBER)).as(mrn.toString()).isEqualTo(Decision.APPLY);
	}

	@Test
	void identifiersWithACheckDigitAreNoKeysThoughTheyShareAPrefix() {
		Random random = new Random(10);
		List<String> imeis = IntStream.range(0, 300).mapToObj(i -> withLuhnDigit("35640911" + String.format("%06d",
				random.nextInt(1_000_000)))).toList();
		ClassificationResult r = classify("fleet_phones", "device_id", "varchar(15)", imeis);
		assertThat(r.decision(SensitiveType.IMEI)).as(r.toString()).isEqualTo(Decision.APPLY);
	}

	private static String withLuhnDigit(String payload) {
		int sum = 0;
		for (int i = 0; i < payload.length(); i++) {
			int d = payload.charAt(payload.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				d *= 2;
				d = d > 9 ? d - 9 : d;
			}
			sum += d;
		}
		return payload + (10 - sum % 10) % 10;
	}

	@Test
	void everySampleOfAKeyColumnIsDecidedAlike() {
		Population keys = new Population("transfers", "debit_acct_id", "int", foreignKeys(410_000, 6_000, 3_000, 6));
		Report report = DecisionStability.check(ENGINE, keys, new int[] {100, 500, 1_000}, 10, 7);
		assertThat(report.decision()).as(report.describe()).doesNotContain("BANK_ACCOUNT_NUMBER");
		Population numbers = new Population("transfers", "debit_acct_id", "bigint", accountNumbers(10, 12, 3_000, 8));
		Report one = DecisionStability.check(ENGINE, numbers, new int[] {100, 500, 1_000}, 10, 9);
		assertThat(one.decision()).as(one.describe()).contains("BANK_ACCOUNT_NUMBER=REVIEW");
	}
}
