package io.pursight.classifier.internal.engine;

import static io.pursight.classifier.internal.engine.Verdict.BARE;
import static io.pursight.classifier.internal.engine.Verdict.FAILED;
import static io.pursight.classifier.internal.engine.Verdict.NONE;
import static io.pursight.classifier.internal.engine.Verdict.SHAPE;
import static io.pursight.classifier.internal.engine.Verdict.VALID;

import io.pursight.classifier.internal.check.FrenchInsee;
import io.pursight.classifier.internal.check.Icd10Code;
import io.pursight.classifier.internal.check.IndianPan;
import io.pursight.classifier.internal.check.ItalianFiscalCode;
import io.pursight.classifier.internal.check.NationalIds;
import io.pursight.classifier.internal.check.SpanishNif;
import io.pursight.classifier.internal.check.SwedishPersonnummer;
import io.pursight.classifier.internal.check.SwiftBic;
import io.pursight.classifier.internal.check.UkNino;
import io.pursight.classifier.internal.check.UsMbi;
import io.pursight.classifier.internal.check.VatNumber;
import io.pursight.classifier.internal.check.Vin;
import io.pursight.classifier.internal.text.ValueProfile;

/**
 * Per-value tests of national, health, bank and device identifiers. Digit-only identifiers
 * accept their customary grouping (123-45-6789, 943 476 5919) and flag ungrouped runs as
 * {@link Verdict#BARE}, which need a corroborating column name.
 */
final class IdentifierTests {
	private IdentifierTests() {
	}

	/** Digits of a value made of digits and the given separators only, in the state's buffer; -1 otherwise. */
	private static int digits(ValueProfile v, ScanState s, int min, int max, String separators) {
		if (v.digits() < min || v.digits() > max || v.letters() > 0 || v.length() > max + 6) {
			return -1;
		}
		return ValueTests.digitsOf(v, s, separators);
	}

	private static int bare(ValueProfile v) {
		return v.isAllDigits() ? BARE : 0;
	}

	/** True when the separators of a grouped value sit exactly at the given digit boundaries. */
	private static boolean groupedAs(ValueProfile v, int... groups) {
		if (v.isAllDigits()) {
			return true;
		}
		String value = v.value();
		int pos = 0;
		for (int g = 0; g < groups.length; g++) {
			pos += groups[g];
			if (g < groups.length - 1) {
				if (pos >= value.length() || Character.isDigit(value.charAt(pos))) {
					return false;
				}
				pos++;
			}
		}
		return pos == value.length();
	}

	static int usSsn(ValueProfile v, ScanState s) {
		int n = digits(v, s, 9, 9, "- ");
		if (n != 9 || !groupedAs(v, 3, 2, 4)) {
			return NONE;
		}
		return (NationalIds.isUsSsn(s.digits, n) ? VALID : FAILED) | bare(v);
	}

	static int usItin(ValueProfile v, ScanState s) {
		int n = digits(v, s, 9, 9, "- ");
		if (n != 9 || !groupedAs(v, 3, 2, 4) || s.digits[0] != 9) {
			return NONE;
		}
		return (NationalIds.isUsItin(s.digits, n) ? VALID : FAILED) | bare(v);
	}

	static int canadianSin(ValueProfile v, ScanState s) {
		int n = digits(v, s, 9, 9, "- ");
		if (n != 9 || !groupedAs(v, 3, 3, 3)) {
			return NONE;
		}
		return (NationalIds.isCanadianSin(s.digits, n) ? VALID : FAILED) | bare(v);
	}

	static int nhsNumber(ValueProfile v, ScanState s) {
		int n = digits(v, s, 10, 10, "- ");
		if (n != 10 || !groupedAs(v, 3, 3, 4)) {
			return NONE;
		}
		return (NationalIds.isNhsNumber(s.digits, n) ? VALID : FAILED) | bare(v);
	}

	static int dutchBsn(ValueProfile v, ScanState s) {
		int n = digits(v, s, 8, 9, ". -");
		if (n < 8) {
			return NONE;
		}
		if (n == 8) {
			System.arraycopy(s.digits, 0, s.digits, 1, 8);
			s.digits[0] = 0;
			n = 9;
		}
		return (NationalIds.isDutchBsn(s.digits, n) ? VALID : FAILED) | bare(v);
	}

	static int australianTfn(ValueProfile v, ScanState s) {
		int n = digits(v, s, 8, 9, " -");
		if (n < 8) {
			return NONE;
		}
		return (NationalIds.isAustralianTfn(s.digits, n) ? VALID : FAILED) | bare(v);
	}

	static int pesel(ValueProfile v, ScanState s) {
		int n = digits(v, s, 11, 11, "");
		if (n != 11) {
			return NONE;
		}
		return (NationalIds.isPesel(s.digits, n) ? VALID : FAILED) | BARE;
	}

	static int germanTaxId(ValueProfile v, ScanState s) {
		int n = digits(v, s, 11, 11, " ");
		if (n != 11) {
			return NONE;
		}
		return (NationalIds.isGermanTaxId(s.digits, n) ? VALID : FAILED) | bare(v);
	}

	static int aadhaar(ValueProfile v, ScanState s) {
		int n = digits(v, s, 12, 12, " -");
		if (n != 12 || !groupedAs(v, 4, 4, 4)) {
			return NONE;
		}
		return (NationalIds.isAadhaar(s.digits, n) ? VALID : FAILED) | bare(v);
	}

	static int usNpi(ValueProfile v, ScanState s) {
		int n = digits(v, s, 10, 10, "");
		if (n != 10) {
			return NONE;
		}
		return (NationalIds.isUsNpi(s.digits, n) ? VALID : FAILED) | BARE;
	}

	static int abaRouting(ValueProfile v, ScanState s) {
		int n = digits(v, s, 9, 9, "");
		if (n != 9) {
			return NONE;
		}
		return (NationalIds.isAbaRouting(s.digits, n) ? VALID : FAILED) | BARE;
	}

	static int imei(ValueProfile v, ScanState s) {
		int n = digits(v, s, 15, 16, " -/");
		if (n == 16) {
			return SHAPE | bare(v); // IMEISV carries a software version instead of a check digit
		}
		if (n != 15) {
			return NONE;
		}
		return (NationalIds.isImei(s.digits, n) ? VALID : FAILED) | bare(v);
	}

	static int frenchInsee(ValueProfile v, ScanState s) {
		if (v.length() < 15 || v.length() > 21 || v.digits() < 13 || v.letters() > 1) {
			return NONE;
		}
		return (FrenchInsee.isValid(v.value()) ? VALID : FAILED) | bare(v);
	}

	static int swedishPersonnummer(ValueProfile v, ScanState s) {
		int len = v.length();
		if (len < 10 || len > 13 || v.letters() > 0 || (v.digits() != 10 && v.digits() != 12)) {
			return NONE;
		}
		if (v.symbols() != v.dashes() + v.plus() || v.spaces() > 0) {
			return NONE;
		}
		return (SwedishPersonnummer.isValid(v.value()) ? VALID : FAILED) | bare(v);
	}

	static int ukNino(ValueProfile v, ScanState s) {
		if (v.length() < 9 || v.length() > 13 || v.digits() != 6 || v.letters() != 3) {
			return NONE;
		}
		return UkNino.isValid(v.value()) ? VALID : FAILED;
	}

	static int spanishNif(ValueProfile v, ScanState s) {
		if (v.length() < 9 || v.length() > 11 || v.letters() < 1 || v.letters() > 2 || v.digits() < 7) {
			return NONE;
		}
		char last = Character.toUpperCase(v.value().charAt(v.length() - 1));
		if (last < 'A' || last > 'Z') {
			return NONE;
		}
		return SpanishNif.isValid(v.value().toUpperCase(java.util.Locale.ROOT)) ? VALID : FAILED;
	}

	static int italianFiscalCode(ValueProfile v, ScanState s) {
		if (v.length() != 16 || !v.isAlphanumeric() || v.letters() < 9) {
			return NONE;
		}
		return ItalianFiscalCode.isValid(v.value()) ? VALID : FAILED;
	}

	static int indianPan(ValueProfile v, ScanState s) {
		if (v.length() != 10 || v.digits() != 4 || v.upper() != 6) {
			return NONE;
		}
		return IndianPan.isValid(v.value()) ? VALID : FAILED;
	}

	static int usMbi(ValueProfile v, ScanState s) {
		if ((v.length() != 11 && v.length() != 13) || v.letters() < 4 || v.digits() < 5) {
			return NONE;
		}
		return UsMbi.isValid(v.value().toUpperCase(java.util.Locale.ROOT)) ? VALID : NONE;
	}

	static int icd10(ValueProfile v, ScanState s) {
		if (v.length() < 3 || v.length() > 8 || v.letters() == 0 || v.letters() > 3 || v.digits() < 2) {
			return NONE;
		}
		return Icd10Code.isValid(v.value()) ? (v.dots() == 1 ? VALID : VALID | BARE) : NONE;
	}

	static int swiftBic(ValueProfile v, ScanState s) {
		if ((v.length() != 8 && v.length() != 11) || !v.isAlphanumeric() || v.lower() > 0) {
			return NONE;
		}
		return SwiftBic.isValid(v.value()) ? VALID : NONE;
	}

	static int vatId(ValueProfile v, ScanState s) {
		if (v.length() < 8 || v.length() > 17 || v.letters() < 2 || v.digits() < 6) {
			return NONE;
		}
		if (!Character.isLetter(v.first()) || !Character.isLetter(v.value().charAt(1))) {
			return NONE;
		}
		String upper = v.value().toUpperCase(java.util.Locale.ROOT);
		if (VatNumber.isValid(upper)) {
			return VALID;
		}
		return VatNumber.hasStructure(upper) ? FAILED : NONE;
	}

	static int vin(ValueProfile v, ScanState s) {
		if (v.length() != 17 || !v.isAlphanumeric()) {
			return NONE;
		}
		if (Vin.hasValidCheckDigit(v.value())) {
			return VALID;
		}
		return Vin.hasStructure(v.value()) ? SHAPE : NONE;
	}

	/** US passport book/card numbers: nine digits, or a letter and eight digits. */
	static int usPassport(ValueProfile v, ScanState s) {
		if (v.length() != 9 || !v.isAlphanumeric() || v.digits() < 8) {
			return NONE;
		}
		return SHAPE | bare(v);
	}

	/** Passport numbers of most countries: 6 to 10 letters and digits, at least two digits. */
	static int passport(ValueProfile v, ScanState s) {
		if (v.length() < 6 || v.length() > 10 || !v.isAlphanumeric() || v.digits() < 2) {
			return NONE;
		}
		return SHAPE | bare(v);
	}

	/** Driver's licence numbers vary by state: 4 to 16 letters and digits with at least four digits. */
	static int driverLicense(ValueProfile v, ScanState s) {
		if (v.length() < 4 || v.length() > 18 || v.digits() < 4 || v.symbols() > 3 || v.spaces() > 2) {
			return NONE;
		}
		return SHAPE | bare(v);
	}

	/** Hospital record numbers: 5 to 15 letters and digits, mostly digits, optional dashes. */
	static int medicalRecord(ValueProfile v, ScanState s) {
		if (v.length() < 4 || v.length() > 16 || v.digits() < 4 || v.spaces() > 0
				|| v.symbols() - v.dashes() > 0) {
			return NONE;
		}
		return SHAPE | bare(v);
	}
}
