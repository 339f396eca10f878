package io.pursight.classifier.internal.engine;

import static io.pursight.classifier.internal.engine.DataFamily.BINARY;
import static io.pursight.classifier.internal.engine.DataFamily.NUMERIC;
import static io.pursight.classifier.internal.engine.DataFamily.TEMPORAL;
import static io.pursight.classifier.internal.engine.DataFamily.TEXT;

import io.pursight.classifier.SensitiveType;
import java.util.ArrayList;
import java.util.List;

/**
 * The detector of every built-in type: the phrases that name it (English first, then the
 * languages seen most in databases), the bounds that gate its per-value test (the test itself
 * is chosen in {@link ValueTestSwitch}) and its scoring policy. Weights:
 * 6 for values that identify the type on their own (a checksum or an unmistakable format),
 * 4 for distinctive values, 2.5 for values that many things share.
 */
final class BuiltInDetectors {
	private BuiltInDetectors() {
	}

	static List<TypeDetector> all() {
		List<TypeDetector> d = new ArrayList<>();
		identity(d);
		location(d);
		network(d);
		financial(d);
		GovernmentIdDetectors.addTo(d);
		health(d);
		secrets(d);
		devices(d);
		return List.copyOf(d);
	}

	private static void identity(List<TypeDetector> d) {
		TypeDetector.Builder name = TypeDetector.of(SensitiveType.PERSON_NAME).gate(2, 60, 0, 0, 2, -1)
				.describedAs("are known names", "", "are shaped like names").dictionary("given names and surnames", 0.5)
				.weight(4, 0.6).expectsVariety().valueNamed()
				.telltale(new TelltaleForm(2, 0.8,
						"are written like people's full names (a known given name and a surname, or an initial)"))
				.strong("first name", "firstname", "fname", "given name", "givenname", "forename", "forenames",
						"last name", "lastname", "lname", "surname", "family name", "familyname", "full name",
						"fullname", "middle name", "middlename", "maiden name", "person name", "contact name",
						"contact person", "card holder", "cardholder", "holder name", "account holder", "nachname",
						"vorname", "prenom", "nom de famille", "apellido", "apellidos", "nombre completo", "cognome",
						"achternaam", "voornaam", "efternamn", "fornavn", "etternavn", "sukunimi", "etunimi",
						"nazwisko", "imie", "signatory", "spouse name", "emergency contact")
				.phrases(0.5, Cue.PERSON_TABLE, "name", "nom", "nombre", "nome", "naam")
				// the name a table of people shows for each of them: their own, unlike a bare "name" (a login, a label)
				.phrases(1.0, Cue.PERSON_TABLE, "display name");
		for (String entity : List.of("customer", "client", "employee", "staff", "patient", "student", "author", "driver",
				"passenger", "guest", "applicant", "candidate", "subscriber", "owner", "teacher", "doctor", "physician",
				"nurse", "visitor", "traveler", "recipient", "sender", "beneficiary", "insured", "policyholder", "tenant",
				"resident", "parent", "mother", "father", "attendee", "participant", "player", "witness", "donor",
				"member", "buyer", "manager", "supervisor", "representative", "consignee", "addressee", "payee", "signer",
				"admin", "assignee", "reviewer", "approver")) {
			name.strong(entity + " name");
		}
		d.add(name.build());

		d.add(TypeDetector.of(SensitiveType.EMAIL_ADDRESS).gate(6, 254, -1, -1, 2, -1)
				.describedAs("are email addresses", "are malformed email addresses", "").weight(6, 0.8)
				.strong("email", "e mail", "mail", "email address", "emailaddress", "e mail address", "mail address",
						"courriel", "correo", "correo electronico", "mailadresse", "epost", "e post", "email id",
						"mail id", "emails")
				.build());

		d.add(TypeDetector.of(SensitiveType.PHONE_NUMBER).gate(7, 32, 7, 20, -1, 3)
				.describedAs("are valid phone numbers for libphonenumber", "", "are written like phone numbers")
				.weight(4, 0.7).shapeCredit(0.85).identifier().families(TEXT, NUMERIC)
				.strong("phone", "telephone", "tel", "phone number", "phonenumber", "phone no", "phone num", "mobile",
						"mobile number", "mobile phone", "mobile no", "cell", "cellphone", "cell phone", "cell number",
						"fax", "fax number", "fax no", "msisdn", "telefon", "telefono", "telefone", "telefoon",
						"telephone number", "contact number", "homephone", "handy", "gsm", "phone1", "tel no", "telno",
						"numero telephone", "numero de telefono", "celular", "movil", "portable", "mobil")
				.build());

		d.add(TypeDetector.of(SensitiveType.DATE_OF_BIRTH).gate(6, 40, 4, 14, -1, 20)
				.describedAs("are plausible birth dates (age 0-120, not in the future)",
						"are dates no living person was born on", "")
				.weight(2.5, 0.8).needsCorroboration().families(TEXT, NUMERIC, TEMPORAL)
				.strong("birth date", "birthdate", "date of birth", "dob", "birthday", "bday", "born", "born on",
						"birth dt", "birth day", "geburtsdatum", "geburtstag", "fecha nacimiento",
						"fecha de nacimiento", "date naissance", "date de naissance", "data nascimento",
						"data de nascimento", "data nascita", "data di nascita", "geboortedatum", "fodelsedatum",
						"syntymaaika", "data urodzenia", "dateofbirth")
				.build());

		d.add(TypeDetector.of(SensitiveType.GENDER).gate(1, 25, -1, 1, -1, -1)
				.describedAs("are gender terms", "", "are one-letter gender codes").dictionary("gender terms", 0)
				.weight(4, 0.8).maxDistinct(12).families(TEXT, NUMERIC)
				.strong("gender", "sex", "geschlecht", "sexe", "genero", "sexo", "genere", "geslacht", "kon", "plec",
						"gender identity", "biological sex")
				.build());

		d.add(TypeDetector.of(SensitiveType.AGE).gate(1, 12, 1, 3, -1, 6)
				.describedAs("", "are out of the human age range", "are ages (0-120)").weight(2.5, 0.9)
				.needsCorroboration().families(TEXT, NUMERIC)
				.strong("age", "age years", "age in years", "edad", "alter", "idade", "leeftijd", "patient age",
						"current age", "age at")
				.build());

		d.add(TypeDetector.of(SensitiveType.USERNAME).gate(2, 64, -1, -1, 1, -1)
				.describedAs("", "", "are shaped like user names").dictionary("person names", 0).weight(2.5, 0.8)
				.needsCorroboration().expectsVariety().valueNamed()
				.strong("username", "user name", "login", "login name", "loginname", "user login", "handle",
						"screen name", "screenname", "nickname", "nick", "account name", "user handle", "benutzername",
						"nombre de usuario", "usuario", "logon", "logon name", "samaccountname", "user principal name",
						"upn", "login id", "userid")
				.weak("uid", "alias")
				// who did something: an audit column holds the principal, as a user name, id, email or display
				// name, and only user names are shaped like user names (ids, emails and names contradict). Not
				// "triggered by" or "assigned to": a schedule, a webhook or a team queue is no user
				.strong("actor", "created by", "updated by", "modified by", "changed by", "deleted by", "edited by",
						"approved by", "rejected by", "submitted by", "requested by", "performed by", "entered by",
						"uploaded by")
				.phrases(1.0, Cue.PERSON_TABLE, "alias")
				.build());

		d.add(TypeDetector.of(SensitiveType.PASSWORD).gate(4, 256, -1, -1, -1, -1)
				.describedAs("are password hashes", "", "could be passwords").weight(2.5, 0.8).needsCorroboration()
				.families(TEXT, BINARY)
				.strong("password", "passwd", "pwd", "pass", "passphrase", "password hash", "passwordhash", "pwd hash",
						"hashed password", "passcode", "kennwort", "passwort", "contrasena", "mot de passe", "senha",
						"wachtwoord", "salasana", "haslo", "user password", "encrypted password")
				.weak("pin", "secret")
				.build());

		d.add(TypeDetector.of(SensitiveType.ORGANIZATION_NAME).gate(2, 120, -1, -1, 2, -1)
				.describedAs("", "", "are shaped like organisation names").dictionary("company legal forms", 0)
				.weight(2.5, 0.7).needsCorroboration().valueNamed()
				.telltale(new TelltaleForm(3, 0.6, "end in a company legal form (GmbH, Inc., S.A., Oy...)"))
				.strong("company", "company name", "companyname", "organization", "organisation", "organization name",
						"organisation name", "org", "org name", "employer", "employer name", "business name", "firm",
						"firm name", "vendor", "vendor name", "supplier name", "merchant", "merchant name", "institution",
						"institution name", "agency name", "firma", "empresa", "razon social", "raison sociale",
						"entreprise", "bedrijf", "bedrijfsnaam", "azienda", "ragione sociale", "legal name", "trade name",
						"corporate name", "bank name", "manufacturer name", "carrier name", "shipper name", "brand name",
						"publisher name", "school name", "university name", "hospital name", "customer company", "co name",
						"biz name")
				.phrases(0.5, Cue.ORGANIZATION_TABLE, "name")
				.build());

		d.add(TypeDetector.of(SensitiveType.JOB_TITLE).gate(2, 80, 0, 0, 2, -1)
				.describedAs("", "", "are shaped like job titles").dictionary("job title words", 0.5).weight(2.5, 0.6)
				.needsCorroboration().valueNamed()
				.weak("job")
				.strong("job title", "jobtitle", "occupation", "profession", "designation", "job position",
						"job role", "contact title", "job function", "job name", "position title", "beruf",
						"berufsbezeichnung", "puesto", "cargo", "poste", "fonction", "functie", "professione",
						"employee title", "staff title")
				.phrases(0.5, Cue.PERSON_TABLE, "title", "position", "role")
				.build());

		d.add(TypeDetector.of(SensitiveType.PHOTO).gate(5, -1, -1, -1, -1, -1)
				.describedAs("are image data", "", "are images or image files").weight(2.5, 0.5).needsCorroboration()
				.families(BINARY, TEXT)
				.strong("photo", "picture", "pic", "avatar", "image", "portrait", "headshot", "selfie",
						"profile picture", "profile photo", "profile image", "profile pic", "thumbnail", "foto", "bild",
						"mugshot", "face image", "photograph", "id photo")
				.build());
	}

	private static void location(List<TypeDetector> d) {
		d.add(TypeDetector.of(SensitiveType.STREET_ADDRESS).gate(5, 150, -1, -1, 3, -1)
				.describedAs("", "", "are shaped like street addresses (house number or street word)")
				.dictionary("street words or a postal code and town", 0).weight(2.5, 0.6).needsCorroboration().valueNamed()
				.strong("address", "street address", "street", "address line", "addressline", "addr", "street name",
						"mailing address", "postal address", "home address", "residential address", "billing address",
						"shipping address", "delivery address", "adresse", "direccion", "endereco", "indirizzo",
						"strasse", "rue", "calle", "street line", "house address", "residence address", "anschrift",
						"address street", "street and number", "calle y numero", "adres", "osoite", "ulica")
				.build());

		d.add(TypeDetector.of(SensitiveType.CITY).gate(2, 50, 0, 0, 2, -1)
				.describedAs("", "", "are shaped like place names").dictionary("cities", 0.4).weight(4, 0.6)
				.valueNamed()
				.strong("city", "town", "municipality", "locality", "ort", "stadt", "ville", "ciudad", "cidade", "citta",
						"plaats", "woonplaats", "stad", "kaupunki", "miasto", "city name", "town name", "place of birth",
						"birth place", "birthplace", "hometown", "home town", "wohnort", "localidad", "localite",
						"commune", "gemeinde", "poblacion")
				.build());

		d.add(TypeDetector.of(SensitiveType.STATE_PROVINCE).gate(2, 50, 0, 0, 2, -1)
				.describedAs("", "", "are shaped like region names or codes").dictionary("states and provinces", 0.5)
				.weight(4, 0.6).valueNamed()
				.strong("state", "province", "state province", "stateprovince", "state code", "state name",
						"province code", "province name", "bundesland", "provincia", "estado", "prefecture", "canton",
						"state or province", "state region", "uf", "departement", "voivodeship", "wojewodztwo")
				.weak("region", "county", "territory", "subdivision", "district", "region code")
				.phrases(1.0, Cue.ADDRESS_SIBLINGS, "region", "county")
				.build());

		d.add(TypeDetector.of(SensitiveType.POSTAL_CODE).gate(3, 11, 2, 10, -1, 5)
				.describedAs("", "", "are shaped like postal codes").weight(2.5, 0.7).needsCorroboration()
				.identifier().families(TEXT, NUMERIC)
				.strong("postal code", "postalcode", "postcode", "post code", "zip", "zipcode", "zip code", "zip4",
						"plz", "postleitzahl", "cep", "codigo postal", "code postal", "pin code", "pincode", "postal",
						"eircode", "postnummer", "postinumero", "kod pocztowy", "cap", "zip postal", "postal zip")
				.build());

		d.add(TypeDetector.of(SensitiveType.COUNTRY).gate(2, 60, 0, 0, 2, -1)
				.describedAs("", "", "are shaped like country names or codes").dictionary("countries", 0.6)
				.weight(4, 0.7).valueNamed()
				.weak("land")
				.strong("country", "country code", "country name", "nation", "nationality", "citizenship",
						"pays", "pais", "paese", "country of birth", "country iso", "iso country", "countrycode",
						"country of residence", "staat", "maa", "kraj", "country region")
				.build());

		d.add(TypeDetector.of(SensitiveType.GEO_COORDINATES).gate(5, 60, 3, 40, -1, 7)
				.describedAs("are latitude/longitude pairs", "", "are decimal degrees").weight(5, 0.8).identifier()
				.families(TEXT, NUMERIC)
				.strong("latitude", "longitude", "lat", "lng", "lon", "geo", "geolocation", "coordinates", "coords", "gps",
						"lat lng", "latlng", "lat lon", "latlon", "lat long", "geo point", "geopoint", "geo location",
						"gps coordinates", "breitengrad", "laengengrad", "latitud", "longitud")
				.weak("location", "position", "point", "geom", "long")
				.build());
	}

	private static void network(List<TypeDetector> d) {
		d.add(TypeDetector.of(SensitiveType.IP_ADDRESS).gate(2, 50, -1, -1, -1, -1)
				.describedAs("are IPv4 or IPv6 addresses", "", "").weight(6, 0.8)
				.strong("ip", "ip address", "ipaddress", "ip addr", "ipv4", "ipv6", "client ip", "remote addr",
						"remote address", "host address", "src ip", "dst ip", "source ip", "destination ip", "ip4",
						"ip6", "inet", "ipv4 address", "ipv6 address", "last ip", "login ip")
				.build());

		d.add(TypeDetector.of(SensitiveType.MAC_ADDRESS).gate(12, 17, -1, -1, -1, -1)
				.describedAs("are MAC addresses", "", "are 12 hex digits").weight(6, 0.8).identifier()
				.strong("mac", "mac address", "macaddress", "mac addr", "hwaddr", "hardware address",
						"ethernet address", "bssid", "wifi mac", "device mac")
				.build());

		d.add(TypeDetector.of(SensitiveType.URL).gate(8, 4096, -1, -1, 3, -1).describedAs("are URLs", "", "").weight(6, 0.7)
				.strong("url", "uri", "link", "website", "web site", "homepage", "home page", "web address", "webpage",
						"web page", "href", "site url", "profile url", "website url", "web url")
				.weak("domain", "site")
				.build());
	}

	private static void financial(List<TypeDetector> d) {
		d.add(TypeDetector.of(SensitiveType.CREDIT_CARD_NUMBER).gate(12, 23, 12, 19, 0, 0).checksummed()
				.describedAs("passed the Luhn check with a known card issuer prefix", "failed the Luhn or issuer check",
						"")
				.weight(6, 0.8).identifier().families(TEXT, NUMERIC)
				.strong("credit card", "creditcard", "card number", "cardnumber", "card no", "card num", "cc number",
						"ccnumber", "cc num", "cc", "card", "payment card", "debit card", "primary account number",
						"kreditkarte", "kreditkartennummer", "tarjeta", "numero tarjeta", "carte bancaire", "cartao",
						"numero carte", "credit card number", "card pan")
				.weak("pan")
				.build());

		d.add(TypeDetector.of(SensitiveType.CVV).gate(3, 4, 3, 4, 0, 0)
				.describedAs("", "", "are 3-4 digit codes").weight(2.5, 0.9).needsCorroboration().identifier()
				.families(TEXT, NUMERIC).zeroPadded()
				.strong("cvv", "cvv2", "cvc", "cvc2", "csc", "card verification", "card verification value",
						"card verification code", "card security code", "security code", "cid code", "cvn")
				.build());

		d.add(TypeDetector.of(SensitiveType.IBAN).gate(15, 42, 8, -1, 2, -1).checksummed()
				.describedAs("passed the IBAN length and mod-97 check", "failed the IBAN mod-97 check", "")
				.weight(6, 0.8).identifier()
				.strong("iban", "iban number", "international bank account", "iban code", "iban no")
				.build());

		d.add(TypeDetector.of(SensitiveType.SWIFT_BIC).gate(8, 11, -1, 5, 6, -1)
				.describedAs("are SWIFT/BIC codes with a valid country", "", "").weight(4, 0.8).identifier()
				.strong("swift", "bic", "swift code", "swiftcode", "bic code", "swift bic", "bank identifier code",
						"bic swift", "swift bic code")
				.build());

		d.add(TypeDetector.of(SensitiveType.BANK_ACCOUNT_NUMBER).gate(6, 42, 6, -1, -1, -1)
				.describedAs("are IBANs", "", "are digit runs of account-number length").weight(2.5, 0.8)
				.needsCorroboration().identifier().families(TEXT, NUMERIC)
				.strong("account number", "accountnumber", "account no", "acct no", "acct number", "acct num",
						"bank account", "bank account number", "bankaccount", "kontonummer", "konto", "numero de cuenta",
						"cuenta bancaria", "numero conta", "rekeningnummer", "bban", "acct", "bank acct",
						"checking account", "savings account", "account num", "routing account")
				.weak("account")
				.build());

		d.add(TypeDetector.of(SensitiveType.US_ROUTING_NUMBER).gate(9, 9, 9, 9, 0, 0).checksummed()
				.describedAs("passed the ABA routing checksum", "failed the ABA routing checksum", "").weight(3, 0.8)
				.needsCorroboration().identifier().families(TEXT, NUMERIC).zeroPadded()
				.strong("routing number", "routing", "routing no", "aba", "aba number", "aba routing", "rtn",
						"transit number", "routing transit number", "bank routing", "routing num")
				.build());

		d.add(TypeDetector.of(SensitiveType.CRYPTO_WALLET).gate(26, 90, -1, -1, -1, -1).checksummed()
				.describedAs("are cryptocurrency addresses (checksummed where the format has one)", "", "")
				.weight(6, 0.8).identifier()
				.strong("wallet", "wallet address", "btc address", "bitcoin address", "eth address", "ethereum address",
						"crypto address", "crypto wallet", "bitcoin", "btc", "eth", "deposit address", "wallet id",
						"public address", "receiving address")
				.build());

		d.add(TypeDetector.of(SensitiveType.VAT_ID).gate(8, 17, 6, -1, 2, -1).checksummed()
				.describedAs("are VAT numbers with a valid country layout and check digits",
						"have a VAT layout but fail its check digits", "")
				.weight(4, 0.7).identifier()
				.strong("vat", "vat id", "vat number", "vat no", "vatin", "vat reg", "vat registration", "ust id",
						"ustid", "ust idnr", "umsatzsteuer id", "tva", "numero tva", "iva", "partita iva", "piva", "btw",
						"btw nummer", "eu vat", "vat code", "vat registration number", "tax registration number")
				.build());
	}

	private static void health(List<TypeDetector> d) {
		d.add(TypeDetector.of(SensitiveType.MEDICAL_RECORD_NUMBER).gate(4, 16, 4, -1, -1, -1)
				.describedAs("", "", "have a record-number layout").weight(2.5, 0.8).needsCorroboration().identifier()
				.families(TEXT, NUMERIC)
				.strong("mrn", "medical record", "medical record number", "medical record no", "health record number",
						"chart number", "hospital number", "patient record number", "medical record id", "mr number",
						"ehr number", "emr number", "medical rec no")
				.weak("patient number", "patient id", "emr id", "ehr id", "chart id")
				.build());

		d.add(TypeDetector.of(SensitiveType.US_NPI).gate(10, 10, 10, 10, 0, 0).checksummed()
				.describedAs("passed the NPI Luhn check (80840 prefix)", "failed the NPI Luhn check", "").weight(4, 0.8)
				.identifier().families(TEXT, NUMERIC)
				.strong("npi", "npi number", "national provider", "national provider identifier", "provider npi",
						"npi no", "prescriber npi", "rendering npi", "billing npi")
				.build());

		d.add(TypeDetector.of(SensitiveType.US_MBI).gate(11, 13, 5, -1, 4, -1)
				.describedAs("have the Medicare Beneficiary Identifier layout", "", "").weight(5, 0.8).identifier()
				.strong("mbi", "medicare beneficiary", "medicare beneficiary identifier", "medicare id",
						"medicare number", "medicare no", "medicare beneficiary id")
				.weak("hicn")
				.build());

		d.add(TypeDetector.of(SensitiveType.ICD10_CODE).gate(3, 8, 2, -1, 1, 3)
				.describedAs("are ICD-10 codes", "", "").weight(3, 0.8).needsCorroboration().identifier()
				.strong("icd", "icd10", "icd 10", "icd code", "icd10 code", "icd 10 code", "diagnosis code",
						"diagnosis", "dx", "dx code", "diag code", "diag", "primary diagnosis", "icd10cm",
						"condition code", "diagnosis cd")
				.build());
	}

	private static void secrets(List<TypeDetector> d) {
		d.add(TypeDetector.of(SensitiveType.AWS_ACCESS_KEY).gate(20, 20, -1, -1, 4, -1).checksummed()
				.describedAs("are AWS access key ids (AKIA/ASIA... and 16 characters)", "", "").weight(6, 0.8)
				.identifier()
				.strong("aws access key", "aws access key id", "access key id", "accesskeyid", "aws key", "aws key id",
						"aws access", "aws id")
				.weak("access key")
				.build());

		d.add(TypeDetector.of(SensitiveType.PRIVATE_KEY).gate(40, -1, -1, -1, -1, -1).checksummed()
				.describedAs("are PEM private keys", "", "").weight(6, 0.7).families(TEXT, BINARY)
				.strong("private key", "privatekey", "priv key", "ssh key", "pem", "rsa key", "signing key",
						"ssh private key", "tls key", "ssl key", "key pem", "private key pem")
				.build());

		d.add(TypeDetector.of(SensitiveType.API_KEY).gate(16, 200, 1, -1, 1, -1)
				.describedAs("carry a vendor's API key prefix", "", "are random-looking tokens").weight(5, 0.7)
				.identifier()
				.strong("api key", "apikey", "api token", "access token", "auth token", "bearer token", "secret key",
						"client secret", "app secret", "api secret", "refresh token", "session token", "webhook secret",
						"private token", "personal access token", "secret", "token", "oauth token", "app key",
						"application key", "developer key", "consumer secret", "signing secret", "auth key")
				.build());

		d.add(TypeDetector.of(SensitiveType.JWT).gate(20, -1, -1, -1, -1, -1).checksummed()
				.describedAs("are JWTs whose header decodes to JSON with an alg", "", "").weight(6, 0.8).identifier()
				.strong("jwt", "id token", "jwt token", "json web token")
				.weak("token", "access token", "bearer", "bearer token", "auth token")
				.build());
	}

	private static void devices(List<TypeDetector> d) {
		d.add(TypeDetector.of(SensitiveType.IMEI).gate(15, 18, 15, 16, 0, 0).checksummed()
				.describedAs("passed the IMEI Luhn check with a known reporting body",
						"failed the IMEI Luhn or reporting-body check", "are 16-digit IMEISVs")
				.weight(4, 0.8).identifier().families(TEXT, NUMERIC)
				.strong("imei", "imei number", "imeisv", "device imei", "imei no", "imei1", "imei2")
				.weak("device id", "handset id")
				.build());

		d.add(TypeDetector.of(SensitiveType.VIN).gate(17, 17, 5, -1, 2, -1).checksummed()
				.describedAs("passed the VIN check digit", "", "have the VIN layout (no check digit, as in Europe)")
				.weight(5, 0.8).shapeCredit(0.8).identifier()
				.strong("vin", "vin number", "vehicle identification number", "chassis number", "vin no",
						"fahrgestellnummer", "vehicle vin", "vin code", "numero de chasis")
				.weak("vehicle id", "chassis")
				.build());

		d.add(TypeDetector.of(SensitiveType.LICENSE_PLATE).gate(2, 10, 1, -1, 1, -1)
				.describedAs("", "", "are shaped like licence plates").weight(2.5, 0.8).needsCorroboration().identifier()
				.strong("license plate", "licence plate", "number plate", "plate", "plate number", "registration plate",
						"licenseplate", "plate no", "vehicle registration", "reg number", "kennzeichen",
						"amtliches kennzeichen", "matricula", "immatriculation", "targa", "kenteken", "plate num",
						"car registration", "registration mark", "vehicle plate", "tag number")
				.weak("registration number", "registration")
				.build());
	}
}
