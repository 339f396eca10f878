package io.pursight.bench.classification;

import io.pursight.classifier.ColumnContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A labelled set of synthetic columns: every canonical type several times under different
 * naming styles and value layouts, and the hard negatives that trip classifiers (flags named
 * after a type, ids and amounts, dates that are not birth dates, four-digit extensions, a
 * name column of one repeated value, lookup tables, tiny and empty tables).
 */
final class SyntheticColumns {
	/** One column and the type a correct classifier applies (null: none); {@code optional} may be applied or not. */
	record LabelledColumn(ColumnContext column, String expected, String optional) {
	}

	private final SyntheticValues v;
	private final Random random;
	private final int fixedRows;
	private final List<LabelledColumn> columns = new ArrayList<>();

	private SyntheticColumns(long seed, int fixedRows) {
		this.random = new Random(seed);
		this.v = new SyntheticValues(random);
		this.fixedRows = fixedRows;
	}

	/** The labelled set, with 60 to 300 sampled values per column. */
	static List<LabelledColumn> generate(long seed) {
		return generate(seed, 0);
	}

	/** The labelled set with exactly {@code rows} freshly generated values per regular column (0: 60 to 300). */
	static List<LabelledColumn> generate(long seed, int rows) {
		SyntheticColumns s = new SyntheticColumns(seed, rows);
		s.identity();
		s.location();
		s.network();
		s.financial();
		s.governmentIds();
		s.health();
		s.secrets();
		s.devices();
		s.hardNegatives();
		s.smallAndEmpty();
		return List.copyOf(s.columns);
	}

	private void add(String table, String column, String dataType, String expected, Supplier<String> values) {
		add(table, column, dataType, expected, null, "", values, fixedRows > 0 ? fixedRows : v.between(60, 300));
	}

	private void add(String table, String column, String dataType, String expected, String optional, String comment,
			Supplier<String> values, int rows) {
		List<String> samples = new ArrayList<>(rows);
		for (int i = 0; i < rows; i++) {
			samples.add(v.chance(0.08) ? null : values.get());
		}
		columns.add(new LabelledColumn(ColumnContext.builder(column).table(table).dataType(dataType).comment(comment)
				.samples(samples).build(), expected, optional));
	}

	private void identity() {
		add("customer", "first_name", "varchar(40)", "PERSON_NAME", () -> v.pick(Vocabulary.GIVEN));
		add("crm_contact", "vorname", "varchar(40)", "PERSON_NAME", () -> v.pick(Vocabulary.GIVEN));
		add("registrations", "attendeeSurname", "varchar(40)", "PERSON_NAME", () -> v.pick(Vocabulary.FAMILY));
		add("customer", "LastName", "varchar(40)", "PERSON_NAME", () -> v.pick(Vocabulary.FAMILY));
		add("employee", "FULL_NAME", "nvarchar(80)", "PERSON_NAME", v::fullName);
		add("patient", "name", "text", "PERSON_NAME", v::fullName);
		add("orders", "contactName", "varchar(60)", "PERSON_NAME",
				() -> v.pick(Vocabulary.GIVEN).toUpperCase(Locale.ROOT) + " " + v.pick(Vocabulary.FAMILY));
		add("customer", "email", "varchar(120)", "EMAIL_ADDRESS", v::email);
		add("crm_contact", "courriel", "varchar(120)", "EMAIL_ADDRESS", v::email);
		add("account", "EmailAddress", "varchar(120)", "EMAIL_ADDRESS", v::email);
		add("lead", "contact", "varchar(120)", "EMAIL_ADDRESS", v::email);
		add("customer", "phone", "varchar(24)", "PHONE_NUMBER", v::phone);
		add("supplier", "mobile_number", "varchar(24)", "PHONE_NUMBER", v::phone);
		add("contact", "Fax", "varchar(24)", "PHONE_NUMBER", v::phone);
		add("employee", "home_phone", "varchar(24)", "PHONE_NUMBER", () -> "(" + v.between(201, 989) + ") "
				+ v.between(200, 999) + "-" + v.digits(4));
		add("employee", "birth_date", "date", "DATE_OF_BIRTH", () -> v.dateOfBirth(0));
		add("person", "DOB", "varchar(10)", "DATE_OF_BIRTH", () -> v.dateOfBirth(1));
		add("member", "date_of_birth", "varchar(10)", "DATE_OF_BIRTH", () -> v.dateOfBirth(2));
		add("users", "birthdate", "timestamp", "DATE_OF_BIRTH", () -> v.dateOfBirth(3));
		add("patient", "gender", "char(1)", "GENDER", () -> v.pick(List.of("M", "F", "F", "M", "U")));
		add("customer", "Sex", "varchar(10)", "GENDER", () -> v.pick(List.of("Male", "Female", "male", "FEMALE")));
		add("survey", "gender_identity", "varchar(20)", "GENDER",
				() -> v.pick(List.of("female", "male", "non-binary", "prefer not to say")));
		add("patient", "age", "int", "AGE", () -> String.valueOf(v.between(0, 99)));
		add("customer", "customer_age", "smallint", "AGE", () -> String.valueOf(v.between(18, 90)));
		add("users", "username", "varchar(40)", "USERNAME", v::username);
		add("accounts", "login_name", "varchar(40)", "USERNAME", v::username);
		add("users", "password_hash", "varchar(100)", "PASSWORD", v::passwordHash);
		add("accounts", "pwd", "varchar(100)", "PASSWORD", () -> v.letters(12, SyntheticValues.ALNUM + "abcdef!#"));
		add("customer", "company_name", "varchar(80)", "ORGANIZATION_NAME", () -> v.pick(Vocabulary.COMPANIES));
		add("contacts", "Employer", "varchar(80)", "ORGANIZATION_NAME", () -> v.pick(Vocabulary.COMPANIES));
		add("employee", "job_title", "varchar(60)", "JOB_TITLE", () -> v.pick(Vocabulary.JOB_TITLES));
		add("staff", "occupation", "varchar(60)", "JOB_TITLE", () -> v.pick(Vocabulary.JOB_TITLES));
		add("employee", "photo", "bytea", "PHOTO", () -> "\\xffd8ffe000104a464946" + v.hex(200));
		add("users", "avatar", "varchar(200)", "PHOTO", () -> "avatars/" + v.between(1, 99999) + ".png");
	}

	private void location() {
		add("customer", "address", "varchar(120)", "STREET_ADDRESS", v::streetAddress);
		add("orders", "ShipAddress", "varchar(120)", "STREET_ADDRESS", v::streetAddress);
		add("supplier", "street_address_line1", "varchar(120)", "STREET_ADDRESS", v::streetAddress);
		add("customer", "city", "varchar(60)", "CITY", () -> v.pick(Vocabulary.CITIES));
		add("orders", "billingCity", "varchar(60)", "CITY", () -> v.pick(Vocabulary.CITIES));
		add("store", "TOWN", "varchar(60)", "CITY", () -> v.pick(Vocabulary.CITIES).toUpperCase(Locale.ROOT));
		add("customer", "state", "varchar(40)", "STATE_PROVINCE", () -> v.pick(Vocabulary.STATES));
		add("orders", "ship_province", "varchar(40)", "STATE_PROVINCE", () -> v.pick(Vocabulary.STATES));
		add("customer", "postal_code", "varchar(10)", "POSTAL_CODE", v::postalCode);
		add("orders", "ZipCode", "varchar(10)", "POSTAL_CODE", () -> v.digits(5));
		add("supplier", "postcode", "varchar(10)", "POSTAL_CODE", v::postalCode);
		add("customer", "country", "varchar(40)", "COUNTRY", () -> v.pick(Vocabulary.COUNTRIES));
		add("orders", "ship_country_code", "char(2)", "COUNTRY",
				() -> v.pick(List.of("DE", "FR", "US", "GB", "ES", "IT", "NL", "BR", "IN", "JP")));
		add("person", "nationality", "varchar(40)", "COUNTRY", () -> v.pick(Vocabulary.COUNTRIES));
		add("devices", "location", "varchar(60)", "GEO_COORDINATES", v::geoPair);
		add("stores", "latitude", "numeric(9,6)", "GEO_COORDINATES", v::latitude);
		add("checkins", "gps", "varchar(60)", "GEO_COORDINATES", v::geoPair);
	}

	private void network() {
		add("sessions", "ip_address", "varchar(45)", "IP_ADDRESS", v::ipAddress);
		add("firewall_log", "SRC_IP", "varchar(45)", "IP_ADDRESS", v::ipAddress);
		add("audit_log", "clientIp", "inet", "IP_ADDRESS", v::ipAddress);
		add("events", "source", "varchar(45)", "IP_ADDRESS", v::ipAddress);
		add("devices", "mac_address", "varchar(17)", "MAC_ADDRESS", v::macAddress);
		add("wifi_scan", "bssid", "varchar(17)", "MAC_ADDRESS", v::macAddress);
		add("company", "website", "varchar(200)", "URL", v::url);
		add("links", "target", "text", "URL", v::url);
		add("profile", "homepage_url", "varchar(200)", "URL", v::url);
	}

	private void financial() {
		add("payment", "card_number", "varchar(19)", "CREDIT_CARD_NUMBER", () -> v.creditCard(0));
		add("payment", "CreditCard", "varchar(23)", "CREDIT_CARD_NUMBER", () -> v.creditCard(1));
		add("orders", "pan", "varchar(23)", "CREDIT_CARD_NUMBER", () -> v.creditCard(2));
		add("transactions", "c7", "varchar(23)", "CREDIT_CARD_NUMBER", () -> v.creditCard(1));
		add("payment", "cvv", "char(3)", "CVV", () -> v.digits(3));
		add("billing", "x9", "varchar(19)", "CREDIT_CARD_NUMBER", null, "Primary account number of the payment card",
				() -> v.creditCard(0), 120);
		add("cards", "security_code", "varchar(4)", "CVV", () -> v.digits(v.chance(0.2) ? 4 : 3));
		add("bank_details", "iban", "varchar(42)", "IBAN", () -> v.iban(0));
		add("payouts", "IBAN", "varchar(42)", "IBAN", () -> v.iban(1));
		add("vendor", "payment_ref", "varchar(42)", "IBAN", () -> v.iban(2));
		add("bank_details", "bic", "varchar(11)", "SWIFT_BIC", v::swiftBic);
		add("payouts", "swift_code", "varchar(11)", "SWIFT_BIC", v::swiftBic);
		add("bank_details", "account_number", "varchar(17)", "BANK_ACCOUNT_NUMBER", () -> v.digits(v.between(8, 12)));
		add("payroll", "bank_acct_no", "varchar(17)", "BANK_ACCOUNT_NUMBER", () -> v.digits(10));
		add("bank_details", "routing_number", "char(9)", "US_ROUTING_NUMBER", v::routingNumber);
		add("ach_transfers", "aba", "char(9)", "US_ROUTING_NUMBER", v::routingNumber);
		add("wallets", "wallet_address", "varchar(64)", "CRYPTO_WALLET", v::ethereumAddress);
		add("donations", "btc_address", "varchar(64)", "CRYPTO_WALLET", v::bitcoinAddress);
		add("payouts", "destination", "varchar(64)", "CRYPTO_WALLET",
				() -> v.chance(0.5) ? v.ethereumAddress() : v.bitcoinAddress());
		add("supplier", "vat_number", "varchar(20)", "VAT_ID", v::vatId);
		add("company", "VatId", "varchar(20)", "VAT_ID", v::vatId);
	}

	private void governmentIds() {
		add("employee", "ssn", "char(11)", "US_SSN", () -> v.ssn(true));
		add("applicant", "social_security_number", "char(9)", "US_SSN", () -> v.ssn(false));
		add("hr_records", "f3", "varchar(11)", "US_SSN", null, "Employee social security number",
				() -> v.ssn(false), 150);
		add("tax_filers", "itin", "char(11)", "US_ITIN", v::itin);
		add("tax_filers", "individual_taxpayer_id_number", "char(11)", "US_ITIN", v::itin);
		add("travelers", "us_passport_number", "char(9)", "US_PASSPORT", () -> v.digits(9));
		add("drivers", "driver_license_number", "varchar(16)", "US_DRIVER_LICENSE",
				() -> v.letters(1, SyntheticValues.UPPER) + v.digits(7));
		add("claims", "DLNumber", "varchar(16)", "US_DRIVER_LICENSE", () -> v.digits(9));
		add("uk_staff", "ni_number", "varchar(13)", "UK_NINO", v::ukNino);
		add("uk_staff", "national_insurance", "varchar(13)", "UK_NINO", v::ukNino);
		add("patients_uk", "nhs_number", "varchar(12)", "UK_NHS_NUMBER", v::nhsNumber);
		add("referrals", "NHSNo", "varchar(12)", "UK_NHS_NUMBER", v::nhsNumber);
		add("ca_employees", "sin", "varchar(11)", "CA_SIN", v::canadianSin);
		add("ca_payroll", "social_insurance_number", "varchar(11)", "CA_SIN", v::canadianSin);
		add("de_mitarbeiter", "steuer_id", "char(11)", "DE_TAX_ID", v::germanTaxId);
		add("de_payroll", "steueridentifikationsnummer", "char(11)", "DE_TAX_ID", v::germanTaxId);
		add("es_clientes", "nif", "char(9)", "ES_NIF", v::spanishNif);
		add("es_empleados", "dni_nie", "char(9)", "ES_NIF", v::spanishNif);
		add("fr_salaries", "numero_securite_sociale", "varchar(21)", "FR_INSEE", v::frenchInsee);
		add("fr_patients", "nir", "varchar(21)", "FR_INSEE", v::frenchInsee);
		add("it_clienti", "codice_fiscale", "char(16)", "IT_FISCAL_CODE", v::italianFiscalCode);
		add("it_dipendenti", "cf_code", "char(16)", "IT_FISCAL_CODE", v::italianFiscalCode);
		add("in_customers", "aadhaar_number", "varchar(14)", "IN_AADHAAR", v::aadhaar);
		add("in_kyc", "aadhar", "varchar(14)", "IN_AADHAAR", v::aadhaar);
		add("in_kyc", "pan_number", "char(10)", "IN_PAN", v::indianPan);
		add("in_vendors", "PAN", "char(10)", "IN_PAN", v::indianPan);
		add("pl_pracownicy", "pesel", "char(11)", "PL_PESEL", v::pesel);
		add("pl_klienci", "numer_pesel", "char(11)", "PL_PESEL", v::pesel);
		add("au_staff", "tfn", "varchar(11)", "AU_TFN", v::australianTfn);
		add("au_payroll", "tax_file_number", "varchar(11)", "AU_TFN", v::australianTfn);
		add("nl_klanten", "bsn", "char(9)", "NL_BSN", v::dutchBsn);
		add("nl_personeel", "burgerservicenummer", "char(9)", "NL_BSN", v::dutchBsn);
		add("se_kunder", "personnummer", "varchar(13)", "SE_PERSONNUMMER", v::swedishPersonnummer);
		add("se_anstallda", "personnr", "varchar(13)", "SE_PERSONNUMMER", v::swedishPersonnummer);
		add("travelers", "passport_number", "varchar(10)", "PASSPORT_NUMBER",
				() -> v.letters(2, SyntheticValues.UPPER) + v.digits(7));
		add("guests", "passportNo", "varchar(10)", "PASSPORT_NUMBER",
				() -> v.letters(1, "CFGHJK") + v.letters(8, "0123456789CFGHJKLMNPRTVWXYZ"));
	}

	private void health() {
		add("encounters", "mrn", "varchar(12)", "MEDICAL_RECORD_NUMBER", () -> "MRN" + v.digits(7));
		add("admissions", "medical_record_number", "varchar(12)", "MEDICAL_RECORD_NUMBER", () -> v.digits(8));
		add("providers", "npi", "char(10)", "US_NPI", v::npi);
		add("claims", "rendering_npi", "char(10)", "US_NPI", v::npi);
		add("beneficiaries", "mbi", "varchar(13)", "US_MBI", v::mbi);
		add("claims", "medicare_beneficiary_id", "varchar(13)", "US_MBI", v::mbi);
		add("diagnoses", "icd10_code", "varchar(8)", "ICD10_CODE", v::icd10);
		add("encounters", "primary_diagnosis", "varchar(8)", "ICD10_CODE", v::icd10);
	}

	private void secrets() {
		add("integrations", "aws_access_key_id", "varchar(20)", "AWS_ACCESS_KEY", v::awsAccessKey);
		add("ci_settings", "value", "text", "AWS_ACCESS_KEY", v::awsAccessKey);
		add("servers", "private_key", "text", "PRIVATE_KEY", v::privateKey);
		add("deploy_keys", "material", "text", "PRIVATE_KEY", v::privateKey);
		add("integrations", "api_key", "varchar(64)", "API_KEY", v::apiKey);
		add("webhooks", "client_secret", "varchar(64)", "API_KEY", v::apiKey);
		add("sessions", "jwt", "text", "JWT", v::jwt);
		add("oauth", "id_token", "text", "JWT", v::jwt);
		add("audit", "bearer_header", "text", "JWT", v::jwt);
	}

	private void devices() {
		add("devices", "imei", "varchar(18)", "IMEI", v::imei);
		add("handsets", "imei_number", "varchar(18)", "IMEI", v::imei);
		add("vehicles", "vin", "char(17)", "VIN", v::vin);
		add("fleet", "chassis_number", "char(17)", "VIN", v::vin);
		add("vehicles", "license_plate", "varchar(10)", "LICENSE_PLATE", v::licensePlate);
		add("parking", "PlateNumber", "varchar(10)", "LICENSE_PLATE", v::licensePlate);
	}

	private void hardNegatives() {
		add("users", "email_verified", "int", null, () -> v.pick(List.of("0", "1")));
		add("users", "is_email_opt_in", "boolean", null, () -> v.pick(List.of("true", "false")));
		add("newsletter", "email_count", "int", null, () -> String.valueOf(v.between(0, 40)));
		add("course", "academic_year_code", "int", null, () -> String.valueOf(v.between(1990, 2025)));
		add("budget", "fiscal_year", "int", null, () -> String.valueOf(v.between(2000, 2030)));
		add("employees", "extension", "varchar(4)", null, () -> v.digits(4));
		add("contacts", "phone_ext", "varchar(5)", null, () -> v.digits(v.between(3, 5)));
		add("employees", "hire_date", "date", null, v::recentDate);
		add("invoice", "invoice_date", "timestamp", null, () -> v.recentDate() + " 00:00:00");
		add("orders", "order_date", "date", null, v::recentDate);
		add("users", "created_at", "timestamp", null, () -> v.recentDate() + "T10:15:30Z");
		add("orders", "order_id", "int", null, new Counter(10248));
		add("customer", "customer_id", "bigint", null, new Counter(1));
		add("ledger", "account_id", "bigint", null, () -> String.valueOf(100000000L + v.between(0, 99999999)));
		add("orders", "order_number", "varchar(16)", null, () -> v.digits(16));
		add("invoice", "invoice_no", "varchar(9)", null, () -> v.digits(9));
		add("shipments", "tracking_number", "varchar(22)", null, () -> "1Z" + v.letters(16, SyntheticValues.ALNUM));
		add("invoice", "total", "numeric(10,2)", null, () -> String.format(Locale.ROOT, "%.2f", v.between(1, 99999) / 100.0));
		add("products", "unit_price", "numeric(10,2)", null,
				() -> String.format(Locale.ROOT, "%.2f", v.between(50, 50000) / 100.0));
		add("payroll", "salary", "int", null, () -> String.valueOf(v.between(30000, 180000)));
		add("accounts", "balance", "numeric(14,2)", null,
				() -> String.format(Locale.ROOT, "%.2f", (v.between(0, 99999999) - 5000000) / 100.0));
		add("order_details", "quantity", "smallint", null, () -> String.valueOf(v.between(1, 120)));
		add("products", "units_in_stock", "smallint", null, () -> String.valueOf(v.between(0, 150)));
		add("credit", "credit_score", "smallint", null, () -> String.valueOf(v.between(300, 850)));
		add("orders", "status", "varchar(20)", null, () -> v.pick(List.of("shipped", "pending", "cancelled", "paid")));
		add("tickets", "state", "varchar(20)", null, () -> v.pick(List.of("open", "closed", "in progress", "waiting")));
		add("products", "product_name", "varchar(60)", null, () -> v.pick(List.of("Chai", "Aniseed Syrup",
				"Chef Anton's Cajun Seasoning", "Grandma's Boysenberry Spread", "Tofu", "Pavlova", "Ikura",
				"Queso Cabrales", "Konbu", "Gorgonzola Telino", "Mascarpone Fabioli", "Geitost", "Steeleye Stout")));
		add("categories", "category_name", "varchar(30)", null,
				() -> v.pick(List.of("Beverages", "Condiments", "Confections", "Dairy Products", "Seafood", "Produce")));
		add("genre", "name", "varchar(60)", null, () -> v.pick(List.of("Rock", "Jazz", "Metal", "Blues", "Latin",
				"Reggae", "Pop", "Soundtrack", "Bossa Nova", "Classical", "Opera", "Hip Hop/Rap", "World")));
		add("album", "title", "varchar(160)", null, () -> v.pick(List.of("Let There Be Rock", "Big Ones",
				"Jagged Little Pill", "Facelift", "Warner 25 Anos", "Audioslave", "Restless and Wild", "Balls to the Wall")));
		add("products", "description", "text", null, () -> v.pick(List.of("Soft drinks, coffees, teas, beers, and ales",
				"Sweet and savory sauces, relishes, spreads, and seasonings", "Desserts, candies, and sweet breads",
				"Breads, crackers, pasta, and cereal")) + " " + v.between(1, 99));
		add("products", "sku", "varchar(20)", null, () -> "SKU-" + v.digits(5) + "-" + v.letters(1, SyntheticValues.UPPER));
		add("products", "quantity_per_unit", "varchar(30)", null,
				() -> v.between(1, 48) + " " + v.pick(List.of("boxes", "bottles", "jars", "bags")) + " x "
						+ v.between(1, 500) + " " + v.pick(List.of("g", "ml", "pieces", "oz")));
		add("events", "event_uuid", "uuid", null, () -> java.util.UUID.randomUUID().toString());
		add("files", "checksum", "char(32)", null, () -> v.hex(32));
		// lookup tables are reference data, labelled with their type (ADR 0004); a bare `name` column of one
		// may be read as its table's type or not
		add("us_states", "state_name", "varchar(40)", "STATE_PROVINCE", new Cycle(List.of("Alabama", "Alaska",
				"Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
				"Idaho")), 12);
		addOptional("countries", "name", "varchar(60)", "COUNTRY", new Cycle(List.of("Germany", "France", "Spain",
				"Italy", "Portugal", "Belgium", "Netherlands", "Austria", "Denmark", "Sweden")), 10);
		add("territories", "territory_id", "varchar(20)", null, () -> v.digits(5));
		add("cities", "city_code", "char(3)", null, () -> v.pick(List.of("NYC", "LON", "PAR", "BER", "TYO", "SFO")));
		add("customer", "country_id", "int", null, () -> String.valueOf(v.between(1, 250)));
		add("region", "region_description", "varchar(50)", null,
				() -> v.pick(List.of("Eastern", "Western", "Northern", "Southern")));
		add("customers", "default_first_name", "varchar(20)", null, () -> "John");
		add("settings", "mail_template", "text", null, () -> "Dear {{name}}, your order {{order}} has shipped.");
		add("audit", "password_changed_at", "timestamp", null, () -> v.recentDate() + " 12:00:00");
		add("cards", "card_expiry", "varchar(5)", null,
				() -> String.format(Locale.ROOT, "%02d/%02d", v.between(1, 12), v.between(25, 32)));
		add("cards", "card_last4", "char(4)", null, () -> v.digits(4));
		add("measurements", "temperature", "numeric(5,2)", null,
				() -> String.format(Locale.ROOT, "%.2f", v.between(-3000, 4500) / 100.0));
		add("tracks", "milliseconds", "int", null, () -> String.valueOf(v.between(60000, 600000)));
		add("tracks", "bytes", "int", null, () -> String.valueOf(v.between(1000000, 20000000)));
		add("files", "file_name", "varchar(80)", null, () -> "report_" + v.digits(4) + ".pdf");
		add("employees", "notes", "text", null, () -> "Joined the team in " + v.between(1990, 2020)
				+ " and completed the training program with distinction.");
		add("orders", "ship_via", "smallint", null, () -> String.valueOf(v.between(1, 3)));
		add("products", "discontinued", "int", null, () -> v.pick(List.of("0", "1")));
		add("employees", "reports_to", "smallint", null, () -> String.valueOf(v.between(1, 9)));
		add("orders", "freight", "real", null, () -> String.format(Locale.ROOT, "%.2f", v.between(1, 100000) / 100.0));
		add("app_users", "last_login_at", "timestamp", null, () -> v.recentDate() + " 08:30:00");
		add("releases", "app_version", "varchar(20)", null,
				() -> v.between(1, 9) + "." + v.between(0, 20) + "." + v.between(0, 9) + "." + v.between(1, 200));
		add("app_users", "phone_verified", "boolean", null, () -> v.pick(List.of("true", "false")));
		add("invoices", "iban_check_status", "varchar(10)", null, () -> v.pick(List.of("OK", "FAILED", "PENDING")));
		add("loans", "interest_rate", "numeric(5,3)", null, () -> String.format(Locale.ROOT, "%.3f", v.between(100, 2500) / 1000.0));
		add("order_details", "discount", "real", null, () -> v.pick(List.of("0", "0.05", "0.1", "0.15", "0.25")));
	}

	private void smallAndEmpty() {
		// three-row table: the values agree with the name, so the type still applies
		add("shippers", "phone", "varchar(24)", "PHONE_NUMBER",
				new Cycle(List.of("(503) 555-9831", "(503) 555-3199", "(503) 555-9931")), 3);
		add("branch", "city", "varchar(40)", "CITY", new Cycle(List.of("Boston", "Chicago", "Seattle")), 3);
		// two rows: name and type only, which suggests but does not apply
		addOptional("tiny", "ssn", "char(11)", "US_SSN", new Cycle(List.of("123-45-6789", "234-56-7890")), 2);
		addOptional("tiny", "email", "varchar(80)", "EMAIL_ADDRESS",
				new Cycle(List.of("a@example.com", "b@example.com")), 2);
		// no rows at all
		addOptional("empty_table", "date_of_birth", "date", "DATE_OF_BIRTH", () -> null, 0);
		addOptional("empty_table", "iban", "varchar(34)", "IBAN", () -> null, 0);
		// free-text address fields named address but holding something else
		add("network_hosts", "mac", "varchar(17)", "MAC_ADDRESS", v::macAddress);
		// birth dates in the future or older than 120 years are not birth dates
		add("contracts", "end_date", "date", null, () -> LocalDate.of(v.between(2026, 2040), v.between(1, 12),
				v.between(1, 28)).toString());
	}

	/** Consecutive numbers from a start, like an identity column. */
	private static final class Counter implements Supplier<String> {
		private long next;

		Counter(long start) {
			this.next = start;
		}

		@Override
		public String get() {
			return String.valueOf(next++);
		}
	}

	/** The values of a list in turn, like the rows of a small lookup table. */
	private static final class Cycle implements Supplier<String> {
		private final List<String> values;
		private int next;

		Cycle(List<String> values) {
			this.values = values;
		}

		@Override
		public String get() {
			return values.get(next++ % values.size());
		}
	}

	/** A column without nulls, e.g. the rows of a small table. */
	private void add(String table, String column, String dataType, String expected, Supplier<String> values, int rows) {
		columns.add(new LabelledColumn(ColumnContext.builder(column).table(table).dataType(dataType)
				.samples(rows(values, rows)).build(), expected, null));
	}

	/** A column whose type may be suggested or applied: too little data to insist either way. */
	private void addOptional(String table, String column, String dataType, String optional, Supplier<String> values,
			int rows) {
		columns.add(new LabelledColumn(ColumnContext.builder(column).table(table).dataType(dataType)
				.samples(rows(values, rows)).build(), null, optional));
	}

	private static List<String> rows(Supplier<String> values, int rows) {
		List<String> samples = new ArrayList<>(rows);
		for (int i = 0; i < rows; i++) {
			samples.add(values.get());
		}
		return samples;
	}
}
