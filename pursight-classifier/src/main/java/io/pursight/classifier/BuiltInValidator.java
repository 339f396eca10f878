package io.pursight.classifier;

import io.pursight.classifier.internal.check.CryptoWallet;
import io.pursight.classifier.internal.check.DigitRun;
import io.pursight.classifier.internal.check.EmailAddress;
import io.pursight.classifier.internal.check.FrenchInsee;
import io.pursight.classifier.internal.check.Iban;
import io.pursight.classifier.internal.check.Icd10Code;
import io.pursight.classifier.internal.check.IndianPan;
import io.pursight.classifier.internal.check.IpAddress;
import io.pursight.classifier.internal.check.ItalianFiscalCode;
import io.pursight.classifier.internal.check.JsonWebToken;
import io.pursight.classifier.internal.check.Luhn;
import io.pursight.classifier.internal.check.MacAddress;
import io.pursight.classifier.internal.check.NationalIds;
import io.pursight.classifier.internal.check.PaymentCard;
import io.pursight.classifier.internal.check.SpanishNif;
import io.pursight.classifier.internal.check.SwedishPersonnummer;
import io.pursight.classifier.internal.check.SwiftBic;
import io.pursight.classifier.internal.check.UkNino;
import io.pursight.classifier.internal.check.UsMbi;
import io.pursight.classifier.internal.check.VatNumber;
import io.pursight.classifier.internal.check.Vin;
import io.pursight.classifier.internal.check.WebUrl;
import java.util.function.Predicate;

/** The structural checks a custom rule can require of each value, in addition to or instead of a regex. */
public enum BuiltInValidator {
	/** Luhn mod-10 over the digits (spaces and dashes ignored). */
	LUHN("Luhn check", s -> digitsPass(s, 32, (d, n) -> n > 1 && Luhn.isValid(d, n))),
	PAYMENT_CARD("payment card check", PaymentCard::isValid),
	IBAN("IBAN mod-97 check", Iban::isValid),
	US_SSN("SSN rules", s -> digitsPass(s, 9, NationalIds::isUsSsn)),
	US_ITIN("ITIN ranges", s -> digitsPass(s, 9, NationalIds::isUsItin)),
	UK_NHS_NUMBER("NHS mod-11 check", s -> digitsPass(s, 10, NationalIds::isNhsNumber)),
	UK_NINO("National Insurance number rules", UkNino::isValid),
	CA_SIN("SIN Luhn check", s -> digitsPass(s, 9, NationalIds::isCanadianSin)),
	NL_BSN("BSN 11-test", s -> digitsPass(s, 9, NationalIds::isDutchBsn)),
	AU_TFN("TFN weighted check", s -> digitsPass(s, 9, NationalIds::isAustralianTfn)),
	PL_PESEL("PESEL check", s -> digitsPass(s, 11, NationalIds::isPesel)),
	DE_TAX_ID("Steuer-ID check", s -> digitsPass(s, 11, NationalIds::isGermanTaxId)),
	IN_AADHAAR("Aadhaar Verhoeff check", s -> digitsPass(s, 12, NationalIds::isAadhaar)),
	US_NPI("NPI Luhn check", s -> digitsPass(s, 10, NationalIds::isUsNpi)),
	US_ROUTING_NUMBER("ABA routing checksum", s -> digitsPass(s, 9, NationalIds::isAbaRouting)),
	IMEI("IMEI Luhn check", s -> digitsPass(s, 15, NationalIds::isImei)),
	ES_NIF("NIF/NIE control letter", SpanishNif::isValid),
	FR_INSEE("INSEE key", FrenchInsee::isValid),
	IT_FISCAL_CODE("codice fiscale check character", ItalianFiscalCode::isValid),
	SE_PERSONNUMMER("personnummer check", SwedishPersonnummer::isValid),
	IN_PAN("PAN layout", IndianPan::isValid),
	US_MBI("MBI layout", UsMbi::isValid),
	ICD10_CODE("ICD-10 layout", Icd10Code::isValid),
	VIN("VIN check digit", Vin::hasValidCheckDigit),
	SWIFT_BIC("SWIFT/BIC layout", SwiftBic::isValid),
	VAT_ID("VAT number check", VatNumber::isValid),
	EMAIL("email address format", EmailAddress::isValid),
	URL("URL format", WebUrl::isValid),
	IP_ADDRESS("IP address format", IpAddress::isValid),
	MAC_ADDRESS("MAC address format", MacAddress::isFormatted),
	JWT("JWT structure", JsonWebToken::isValid),
	CRYPTO_WALLET("crypto address check", CryptoWallet::isValid);

	private interface DigitCheck {
		boolean test(int[] digits, int n);
	}

	private final String displayName;
	private final Predicate<String> check;

	BuiltInValidator(String displayName, Predicate<String> check) {
		this.displayName = displayName;
		this.check = check;
	}

	/** True when the trimmed value passes; never throws. */
	public boolean test(String value) {
		if (value == null) {
			return false;
		}
		String v = value.strip();
		return !v.isEmpty() && check.test(v);
	}

	/** What the evidence calls this check, e.g. "Luhn check". */
	public String displayName() {
		return displayName;
	}

	private static boolean digitsPass(String s, int max, DigitCheck check) {
		int[] digits = new int[max];
		int n = DigitRun.extract(s, " -.", digits);
		return n > 0 && check.test(digits, n);
	}
}
