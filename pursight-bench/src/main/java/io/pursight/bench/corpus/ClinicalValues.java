package io.pursight.bench.corpus;

import io.pursight.synthetic.SeededRandom;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Values of a US clinical system, from the corpus's own healthcare lists: diagnosis codes, lab tests with their
 * units and ranges, drugs, payers and specialties, and the identifiers of patients and health plans.
 */
final class ClinicalValues {
	static final List<String[]> DIAGNOSES = ResourceLists.rows("healthcare-icd10.tsv");
	static final List<String[]> LAB_TESTS = ResourceLists.rows("healthcare-labs.tsv");
	static final List<String[]> DRUGS = ResourceLists.rows("healthcare-drugs.tsv");
	static final List<String[]> SPECIALTIES = ResourceLists.rows("healthcare-specialties.tsv");
	static final List<String> PAYERS = ResourceLists.lines("healthcare-payers.txt");
	/** Letters a Medicare Beneficiary Identifier may use: no S, L, O, I, B or Z, which read like digits. */
	private static final String MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY";
	private static final String MBI_ALNUM = MBI_LETTERS + "0123456789";

	private ClinicalValues() {
	}

	/**
	 * A Medicare Beneficiary Identifier: eleven characters in the CMS layout (digit, letter, letter-or-digit,
	 * digit, letter, letter-or-digit, digit, two letters, two digits), sometimes printed with dashes as on the card.
	 */
	static String mbi(SeededRandom random) {
		String mbi = random.between(1, 9) + "" + random.letterOf(MBI_LETTERS) + random.letterOf(MBI_ALNUM) + random.digit()
				+ random.letterOf(MBI_LETTERS) + random.letterOf(MBI_ALNUM) + random.digit() + random.letterOf(MBI_LETTERS)
				+ random.letterOf(MBI_LETTERS) + random.digits(2);
		return random.chance(0.2) ? mbi.substring(0, 4) + "-" + mbi.substring(4, 7) + "-" + mbi.substring(7) : mbi;
	}

	/** A hospital medical record number as the registration system prints it: {@code MRN00412345} or bare digits. */
	static String mrn(int index, SeededRandom random) {
		int number = 412000 + index * 3 + random.between(0, 2);
		return random.chance(0.7) ? String.format("MRN%08d", number) : Integer.toString(number);
	}

	/** A commercial plan's member id: a plan prefix and digits ({@code XEH912345678}, {@code W123456789}). */
	static String memberId(SeededRandom random) {
		return random.chance(0.5) ? random.lettersOf("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + random.digits(9) : "W" + random.digits(9);
	}

	/** An ICD-10-CM code, written with its dot as most systems do and without it as claims files do. */
	static String icd10(String[] diagnosis, SeededRandom random) {
		return random.chance(0.8) ? diagnosis[0] : diagnosis[0].replace(".", "");
	}

	/** A National Drug Code in its 5-4-2 billing form: {@code 00071-0155-23}. */
	static String ndc(SeededRandom random) {
		return "0" + random.digits(4) + "-" + random.digits(4) + "-" + random.digits(2);
	}

	/** A measured value of the test: mostly inside its reference range, some flagged high or low. */
	static BigDecimal labValue(String[] test, SeededRandom random) {
		double low = Double.parseDouble(test[3]);
		double high = Double.parseDouble(test[4]);
		double span = Math.max(high - low, 1);
		double value = random.gaussian((low + high) / 2, span / 2.5, Math.max(0, low - span), high + 2 * span);
		return BigDecimal.valueOf(value).setScale(Integer.parseInt(test[5]), RoundingMode.HALF_UP);
	}

	/** H, L or N against the test's reference range. */
	static String flag(String[] test, BigDecimal value) {
		if (value.compareTo(new BigDecimal(test[4])) > 0) {
			return "H";
		}
		return value.compareTo(new BigDecimal(test[3])) < 0 ? "L" : "N";
	}

	/** Vital signs as a nurse types them into a note: no person in them. */
	static String vitals(SeededRandom random) {
		return "BP " + random.between(98, 176) + "/" + random.between(58, 104) + ", HR " + random.between(52, 118) + ", RR "
				+ random.between(12, 24) + ", T " + BigDecimal.valueOf(random.between(36.1, 39.4)).setScale(1, RoundingMode.HALF_UP)
				+ " C, SpO2 " + random.between(89, 100) + "% RA";
	}
}
