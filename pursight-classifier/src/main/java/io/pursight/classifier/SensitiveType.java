package io.pursight.classifier;

import static io.pursight.classifier.Category.BUSINESS;
import static io.pursight.classifier.Category.CREDENTIALS;
import static io.pursight.classifier.Category.DEVICE;
import static io.pursight.classifier.Category.FINANCIAL;
import static io.pursight.classifier.Category.GOVERNMENT_ID;
import static io.pursight.classifier.Category.NETWORK;
import static io.pursight.classifier.Category.PCI;
import static io.pursight.classifier.Category.PHI;
import static io.pursight.classifier.Category.PII;
import static io.pursight.classifier.Sensitivity.CONFIDENTIAL;
import static io.pursight.classifier.Sensitivity.INTERNAL;
import static io.pursight.classifier.Sensitivity.RESTRICTED;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in sensitive data types. Their ids ({@link #id()}) are the canonical ids of the
 * classification benchmark and of the platform's API; never rename one.
 */
public enum SensitiveType {
	// Identity
	PERSON_NAME(PII, CONFIDENTIAL, "Person name"),
	EMAIL_ADDRESS(PII, CONFIDENTIAL, "Email address"),
	PHONE_NUMBER(PII, CONFIDENTIAL, "Phone number"),
	STREET_ADDRESS(PII, CONFIDENTIAL, "Street address"),
	CITY(PII, INTERNAL, "City"),
	STATE_PROVINCE(PII, INTERNAL, "State or province"),
	POSTAL_CODE(PII, INTERNAL, "Postal code"),
	COUNTRY(PII, INTERNAL, "Country"),
	DATE_OF_BIRTH(PII, CONFIDENTIAL, "Date of birth"),
	GENDER(PII, CONFIDENTIAL, "Gender"),
	AGE(PII, INTERNAL, "Age"),
	USERNAME(PII, CONFIDENTIAL, "Username"),
	PASSWORD(CREDENTIALS, RESTRICTED, "Password"),
	IP_ADDRESS(NETWORK, CONFIDENTIAL, "IP address"),
	MAC_ADDRESS(DEVICE, CONFIDENTIAL, "MAC address"),
	URL(NETWORK, INTERNAL, "URL"),
	GEO_COORDINATES(PII, CONFIDENTIAL, "Geographic coordinates"),
	ORGANIZATION_NAME(BUSINESS, INTERNAL, "Organization name"),
	JOB_TITLE(PII, INTERNAL, "Job title"),
	PHOTO(PII, CONFIDENTIAL, "Photo"),
	// Financial
	CREDIT_CARD_NUMBER(PCI, RESTRICTED, "Payment card number"),
	CVV(PCI, RESTRICTED, "Card verification value"),
	IBAN(FINANCIAL, CONFIDENTIAL, "IBAN"),
	SWIFT_BIC(FINANCIAL, INTERNAL, "SWIFT/BIC code"),
	BANK_ACCOUNT_NUMBER(FINANCIAL, CONFIDENTIAL, "Bank account number"),
	US_ROUTING_NUMBER(FINANCIAL, INTERNAL, "US bank routing number"),
	CRYPTO_WALLET(FINANCIAL, CONFIDENTIAL, "Cryptocurrency wallet address"),
	VAT_ID(FINANCIAL, INTERNAL, "VAT identification number"),
	// Government ids
	US_SSN(GOVERNMENT_ID, RESTRICTED, "US Social Security number"),
	US_ITIN(GOVERNMENT_ID, RESTRICTED, "US Individual Taxpayer Identification Number"),
	US_PASSPORT(GOVERNMENT_ID, RESTRICTED, "US passport number"),
	US_DRIVER_LICENSE(GOVERNMENT_ID, RESTRICTED, "Driver's license number"),
	UK_NINO(GOVERNMENT_ID, RESTRICTED, "UK National Insurance number"),
	UK_NHS_NUMBER(GOVERNMENT_ID, RESTRICTED, "UK NHS number"),
	CA_SIN(GOVERNMENT_ID, RESTRICTED, "Canadian Social Insurance Number"),
	DE_TAX_ID(GOVERNMENT_ID, RESTRICTED, "German tax id (Steuer-ID)"),
	ES_NIF(GOVERNMENT_ID, RESTRICTED, "Spanish NIF/NIE"),
	FR_INSEE(GOVERNMENT_ID, RESTRICTED, "French social security number (INSEE/NIR)"),
	IT_FISCAL_CODE(GOVERNMENT_ID, RESTRICTED, "Italian fiscal code"),
	IN_AADHAAR(GOVERNMENT_ID, RESTRICTED, "Indian Aadhaar number"),
	IN_PAN(GOVERNMENT_ID, RESTRICTED, "Indian PAN"),
	PL_PESEL(GOVERNMENT_ID, RESTRICTED, "Polish PESEL"),
	AU_TFN(GOVERNMENT_ID, RESTRICTED, "Australian tax file number"),
	NL_BSN(GOVERNMENT_ID, RESTRICTED, "Dutch citizen service number (BSN)"),
	SE_PERSONNUMMER(GOVERNMENT_ID, RESTRICTED, "Swedish personal identity number"),
	PASSPORT_NUMBER(GOVERNMENT_ID, RESTRICTED, "Passport number"),
	// Health
	MEDICAL_RECORD_NUMBER(PHI, RESTRICTED, "Medical record number"),
	US_NPI(PHI, CONFIDENTIAL, "US National Provider Identifier"),
	US_MBI(PHI, RESTRICTED, "US Medicare Beneficiary Identifier"),
	ICD10_CODE(PHI, CONFIDENTIAL, "ICD-10 diagnosis code"),
	// Secrets
	AWS_ACCESS_KEY(CREDENTIALS, RESTRICTED, "AWS access key id"),
	PRIVATE_KEY(CREDENTIALS, RESTRICTED, "Private key"),
	API_KEY(CREDENTIALS, RESTRICTED, "API key or token"),
	JWT(CREDENTIALS, RESTRICTED, "JSON Web Token"),
	// Devices and vehicles
	IMEI(DEVICE, CONFIDENTIAL, "IMEI"),
	VIN(DEVICE, CONFIDENTIAL, "Vehicle identification number"),
	LICENSE_PLATE(DEVICE, CONFIDENTIAL, "License plate");

	private static final Map<String, SensitiveType> BY_ID = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(SensitiveType::id, Function.identity()));

	private final Category category;
	private final Sensitivity sensitivity;
	private final String displayName;

	SensitiveType(Category category, Sensitivity sensitivity, String displayName) {
		this.category = category;
		this.sensitivity = sensitivity;
		this.displayName = displayName;
	}

	/** The canonical id, e.g. {@code CREDIT_CARD_NUMBER}. */
	public String id() {
		return name();
	}

	public Category category() {
		return category;
	}

	public Sensitivity defaultSensitivity() {
		return sensitivity;
	}

	public String displayName() {
		return displayName;
	}

	/**
	 * The thresholds this type uses unless the configuration overrides them. Built-in types' confidences are
	 * calibrated (of the labels given about c, about c are right), so the thresholds are odds: applied when four in
	 * five such labels are right; suggested for review from one in ten, for restricted types from one in twenty (a
	 * missed card number or password costs more than a steward's glance).
	 */
	public Thresholds defaultThresholds() {
		return sensitivity == RESTRICTED ? RESTRICTED_THRESHOLDS : CALIBRATED_THRESHOLDS;
	}

	private static final Thresholds CALIBRATED_THRESHOLDS = new Thresholds(0.80, 0.10);
	private static final Thresholds RESTRICTED_THRESHOLDS = new Thresholds(0.80, 0.05);

	/** The built-in type with this canonical id, if there is one. */
	public static Optional<SensitiveType> byId(String id) {
		return Optional.ofNullable(BY_ID.get(id));
	}
}
