package io.pursight.classifier.internal.engine;

import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.internal.text.ValueProfile;

/**
 * Runs the value test of a built-in type. A switch over the type, rather than a lambda per
 * detector, keeps the call site in the hot loop monomorphic: with ~60 detectors an interface
 * call per test cost more than most tests themselves.
 */
final class ValueTestSwitch {
	private ValueTestSwitch() {
	}

	static int test(SensitiveType type, ValueProfile v, ScanState s) {
		return switch (type) {
			case PERSON_NAME -> PeopleAndPlaceTests.personName(v, s);
			case EMAIL_ADDRESS -> ValueTests.email(v, s);
			case PHONE_NUMBER -> ValueTests.phone(v, s);
			case DATE_OF_BIRTH -> ValueTests.dateOfBirth(v, s);
			case GENDER -> PeopleAndPlaceTests.gender(v, s);
			case AGE -> ValueTests.age(v, s);
			case USERNAME -> ValueTests.username(v, s);
			case PASSWORD -> ValueTests.password(v, s);
			case ORGANIZATION_NAME -> ValueTests.organization(v, s);
			case JOB_TITLE -> ValueTests.jobTitle(v, s);
			case PHOTO -> ValueTests.photo(v, s);
			case STREET_ADDRESS -> PeopleAndPlaceTests.streetAddress(v, s);
			case CITY -> PeopleAndPlaceTests.city(v, s);
			case STATE_PROVINCE -> PeopleAndPlaceTests.stateProvince(v, s);
			case POSTAL_CODE -> ValueTests.postalCode(v, s);
			case COUNTRY -> PeopleAndPlaceTests.country(v, s);
			case GEO_COORDINATES -> ValueTests.geo(v, s);
			case IP_ADDRESS -> ValueTests.ipAddress(v, s);
			case MAC_ADDRESS -> ValueTests.macAddress(v, s);
			case URL -> ValueTests.url(v, s);
			case CREDIT_CARD_NUMBER -> ValueTests.creditCard(v, s);
			case CVV -> ValueTests.cvv(v, s);
			case IBAN -> ValueTests.iban(v, s);
			case SWIFT_BIC -> IdentifierTests.swiftBic(v, s);
			case BANK_ACCOUNT_NUMBER -> ValueTests.bankAccount(v, s);
			case US_ROUTING_NUMBER -> IdentifierTests.abaRouting(v, s);
			case CRYPTO_WALLET -> ValueTests.cryptoWallet(v, s);
			case VAT_ID -> IdentifierTests.vatId(v, s);
			case US_SSN -> IdentifierTests.usSsn(v, s);
			case US_ITIN -> IdentifierTests.usItin(v, s);
			case US_PASSPORT -> IdentifierTests.usPassport(v, s);
			case US_DRIVER_LICENSE -> IdentifierTests.driverLicense(v, s);
			case UK_NINO -> IdentifierTests.ukNino(v, s);
			case UK_NHS_NUMBER -> IdentifierTests.nhsNumber(v, s);
			case CA_SIN -> IdentifierTests.canadianSin(v, s);
			case DE_TAX_ID -> IdentifierTests.germanTaxId(v, s);
			case ES_NIF -> IdentifierTests.spanishNif(v, s);
			case FR_INSEE -> IdentifierTests.frenchInsee(v, s);
			case IT_FISCAL_CODE -> IdentifierTests.italianFiscalCode(v, s);
			case IN_AADHAAR -> IdentifierTests.aadhaar(v, s);
			case IN_PAN -> IdentifierTests.indianPan(v, s);
			case PL_PESEL -> IdentifierTests.pesel(v, s);
			case AU_TFN -> IdentifierTests.australianTfn(v, s);
			case NL_BSN -> IdentifierTests.dutchBsn(v, s);
			case SE_PERSONNUMMER -> IdentifierTests.swedishPersonnummer(v, s);
			case PASSPORT_NUMBER -> IdentifierTests.passport(v, s);
			case MEDICAL_RECORD_NUMBER -> IdentifierTests.medicalRecord(v, s);
			case US_NPI -> IdentifierTests.usNpi(v, s);
			case US_MBI -> IdentifierTests.usMbi(v, s);
			case AWS_ACCESS_KEY -> ValueTests.awsAccessKey(v, s);
			case PRIVATE_KEY -> ValueTests.privateKey(v, s);
			case API_KEY -> ValueTests.apiKey(v, s);
			case JWT -> ValueTests.jwt(v, s);
			case IMEI -> IdentifierTests.imei(v, s);
			case ICD10_CODE -> IdentifierTests.icd10(v, s);
			case VIN -> IdentifierTests.vin(v, s);
			case LICENSE_PLATE -> ValueTests.licensePlate(v, s);
		};
	}
}
