package io.pursight.classifier;

/** The family a sensitive type belongs to; compliance frameworks select data by category. */
public enum Category {
	/** Personal data that identifies or describes a person (GDPR, CCPA). */
	PII,
	/** Payment card data in scope of PCI DSS. */
	PCI,
	/** Protected health information (HIPAA). */
	PHI,
	/** Secrets that grant access: passwords, keys, tokens. */
	CREDENTIALS,
	/** Bank and payment details other than card data. */
	FINANCIAL,
	/** Identifiers issued by a government to a person. */
	GOVERNMENT_ID,
	/** Identifiers of devices and vehicles. */
	DEVICE,
	/** Network addresses and locators. */
	NETWORK,
	/** Data about organisations rather than people. */
	BUSINESS,
	/** Anything a custom rule defines that fits no other category. */
	OTHER
}
