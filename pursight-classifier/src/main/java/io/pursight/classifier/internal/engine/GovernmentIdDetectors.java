package io.pursight.classifier.internal.engine;

import static io.pursight.classifier.internal.engine.DataFamily.NUMERIC;
import static io.pursight.classifier.internal.engine.DataFamily.TEXT;

import io.pursight.classifier.SensitiveType;
import java.util.List;

/**
 * The detectors of national and government identifiers (tax ids, social security and insurance
 * numbers, passports, driving licences), one of the groups {@link BuiltInDetectors} assembles.
 */
final class GovernmentIdDetectors {
	private GovernmentIdDetectors() {
	}

	static void addTo(List<TypeDetector> d) {
		d.add(TypeDetector.of(SensitiveType.US_SSN).gate(9, 11, 9, 9, 0, 0)
				.describedAs("passed the SSN area/group/serial rules", "break the SSN area/group/serial rules", "")
				.weight(4, 0.8).identifier().families(TEXT, NUMERIC).zeroPadded()
				.strong("ssn", "social security", "social security number", "socsec", "soc sec", "ss number",
						"ssn number", "social sec", "social security no", "ss no")
				.weak("tax id", "taxpayer id", "tin", "national id", "taxpayer identification number")
				.build());

		d.add(TypeDetector.of(SensitiveType.US_ITIN).gate(9, 11, 9, 9, 0, 0)
				.describedAs("are in the ITIN ranges (9XX-50..99-XXXX)", "are outside the ITIN ranges", "")
				.weight(4, 0.8).identifier().families(TEXT, NUMERIC)
				.strong("itin", "individual taxpayer", "individual taxpayer identification number", "itin number")
				.weak("tax id", "taxpayer id", "tin", "taxpayer identification number")
				.build());

		d.add(TypeDetector.of(SensitiveType.US_PASSPORT).gate(9, 9, 8, 9, 0, 1)
				.describedAs("", "", "have the US passport layout (9 digits or a letter and 8 digits)").weight(2.5, 0.8)
				.needsCorroboration().identifier()
				.strong("us passport", "usa passport", "american passport", "passport us", "us passport number",
						"passport usa", "us passport no")
				.build());

		d.add(TypeDetector.of(SensitiveType.US_DRIVER_LICENSE).gate(4, 18, 4, -1, -1, -1)
				.describedAs("", "", "have a driver's licence layout").weight(2.5, 0.8).needsCorroboration().identifier()
				.strong("driver license", "drivers license", "driver licence", "drivers licence", "driving license",
						"driving licence", "dl number", "dl no", "dln", "driver license number", "dl", "fuhrerschein",
						"fuehrerschein", "permis de conduire", "licencia de conducir", "carteira de motorista",
						"driver lic", "dl num", "drivers license number", "driving licence number")
				.weak("license number", "licence number")
				.build());

		d.add(TypeDetector.of(SensitiveType.UK_NINO).gate(9, 13, 6, 6, 3, 3)
				.describedAs("passed the National Insurance number prefix and suffix rules",
						"have an NI number layout but a prefix or suffix never issued", "")
				.weight(4, 0.8).identifier()
				.strong("nino", "ni number", "national insurance", "national insurance number", "ni no", "nin",
						"national insurance no")
				.weak("national id")
				.build());

		d.add(TypeDetector.of(SensitiveType.UK_NHS_NUMBER).gate(10, 12, 10, 10, 0, 0).checksummed()
				.describedAs("passed the NHS mod-11 check", "failed the NHS mod-11 check", "").weight(4, 0.8)
				.identifier().families(TEXT, NUMERIC)
				.strong("nhs", "nhs number", "nhs no", "nhsnumber", "nhs num", "nhs id")
				.build());

		d.add(TypeDetector.of(SensitiveType.CA_SIN).gate(9, 11, 9, 9, 0, 0).checksummed()
				.describedAs("passed the SIN Luhn check", "failed the SIN Luhn check", "").weight(4, 0.8)
				.identifier().families(TEXT, NUMERIC)
				.strong("sin", "social insurance", "social insurance number", "sin number", "sin no", "nas",
						"numero assurance sociale")
				.build());

		d.add(TypeDetector.of(SensitiveType.DE_TAX_ID).gate(11, 14, 11, 11, 0, 0).checksummed()
				.describedAs("passed the Steuer-ID digit and MOD 11,10 rules", "failed the Steuer-ID rules", "")
				.weight(4, 0.8).identifier().families(TEXT, NUMERIC)
				.strong("steuer id", "steuerid", "steueridentifikationsnummer", "steuer identifikationsnummer", "idnr",
						"steuer idnr", "de tax id", "german tax id", "tax identification number de")
				.weak("tax id", "tin", "steuernummer", "tax identification number")
				.build());

		d.add(TypeDetector.of(SensitiveType.ES_NIF).gate(9, 11, 7, 8, 1, 2).checksummed()
				.describedAs("passed the NIF/NIE control letter check", "failed the NIF/NIE control letter check", "")
				.weight(5, 0.8).identifier()
				.strong("nif", "nie", "dni", "nif nie", "documento identidad", "numero identificacion fiscal",
						"documento nacional de identidad", "nif number")
				.weak("tax id")
				.build());

		d.add(TypeDetector.of(SensitiveType.FR_INSEE).gate(15, 21, 13, 15, 0, 1).checksummed()
				.describedAs("passed the INSEE key check", "failed the INSEE key check", "").weight(5, 0.8).identifier()
				.families(TEXT, NUMERIC)
				.strong("insee", "nir", "numero insee", "numero securite sociale", "securite sociale", "num secu",
						"numero secu", "secu", "numero de securite sociale")
				.build());

		d.add(TypeDetector.of(SensitiveType.IT_FISCAL_CODE).gate(16, 16, -1, 7, 9, -1).checksummed()
				.describedAs("passed the codice fiscale check character", "failed the codice fiscale check character",
						"")
				.weight(6, 0.8).identifier()
				.strong("codice fiscale", "codicefiscale", "fiscal code", "fiscalcode", "tax code", "cod fisc",
						"codice fisc")
				.weak("cf")
				.build());

		d.add(TypeDetector.of(SensitiveType.IN_AADHAAR).gate(12, 14, 12, 12, 0, 0).checksummed()
				.describedAs("passed the Aadhaar Verhoeff check", "failed the Aadhaar Verhoeff check", "").weight(4, 0.8)
				.identifier().families(TEXT, NUMERIC)
				.strong("aadhaar", "aadhar", "aadhaar number", "aadhaar no", "uidai", "aadhar number", "aadhaar card")
				.weak("uid")
				.build());

		d.add(TypeDetector.of(SensitiveType.IN_PAN).gate(10, 10, 4, 4, 6, 6)
				.describedAs("have the PAN layout with a valid holder type", "have a PAN-like layout with an unknown holder type", "")
				.weight(4, 0.8).identifier()
				.strong("pan number", "pan no", "pan card", "permanent account number", "pancard", "pan card number",
						"income tax pan")
				.weak("pan")
				.build());

		d.add(TypeDetector.of(SensitiveType.PL_PESEL).gate(11, 11, 11, 11, 0, 0).checksummed()
				.describedAs("passed the PESEL date and check-digit rules", "failed the PESEL rules", "").weight(4, 0.8)
				.identifier().families(TEXT, NUMERIC).strong("pesel", "pesel number", "numer pesel").build());

		d.add(TypeDetector.of(SensitiveType.AU_TFN).gate(8, 11, 8, 9, 0, 0).checksummed()
				.describedAs("passed the TFN weighted check", "failed the TFN weighted check", "").weight(4, 0.8)
				.identifier().families(TEXT, NUMERIC)
				.strong("tfn", "tax file number", "taxfilenumber", "tax file no", "au tfn")
				.build());

		d.add(TypeDetector.of(SensitiveType.NL_BSN).gate(8, 11, 8, 9, 0, 0).checksummed()
				.describedAs("passed the BSN 11-test", "failed the BSN 11-test", "").weight(4, 0.8).identifier()
				.families(TEXT, NUMERIC)
				.strong("bsn", "burgerservicenummer", "sofinummer", "sofi", "citizen service number", "sofi nummer",
						"bsn nummer")
				.build());

		d.add(TypeDetector.of(SensitiveType.SE_PERSONNUMMER).gate(10, 13, 10, 12, 0, 0).checksummed()
				.describedAs("passed the personnummer date and Luhn check", "failed the personnummer check", "")
				.weight(5, 0.8).identifier().families(TEXT, NUMERIC)
				.strong("personnummer", "personnr", "personal identity number", "samordningsnummer", "person nummer",
						"personnummer se")
				.weak("pnr")
				.build());

		d.add(TypeDetector.of(SensitiveType.PASSPORT_NUMBER).gate(6, 10, 2, -1, -1, -1)
				.describedAs("", "", "have a passport number layout").weight(2.5, 0.8).needsCorroboration().identifier()
				.strong("passport", "passport number", "passport no", "passport num", "passportnumber", "passport id",
						"reisepass", "reisepassnummer", "pasaporte", "passeport", "passaporto", "passaporte",
						"travel document", "travel document number", "paspoort")
				.build());
	}
}
