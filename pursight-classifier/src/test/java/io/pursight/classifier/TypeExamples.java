package io.pursight.classifier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * For every built-in type: a typical column name, values that are the type (checksums valid)
 * and values that almost are (checksum failing, a near-miss layout). Shared by the tests.
 */
final class TypeExamples {
	record Example(SensitiveType type, String column, String dataType, List<String> valid, List<String> invalid) {
		@Override
		public String toString() {
			return type.id();
		}
	}

	private TypeExamples() {
	}

	/** Repeats the values to a column of about 40. */
	static List<String> column(List<String> values) {
		List<String> out = new ArrayList<>();
		while (out.size() < 40) {
			out.addAll(values);
		}
		return out;
	}

	static List<Example> all() {
		Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
		String header = enc.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		List<String> jwts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			jwts.add(header + "." + enc.encodeToString(("{\"sub\":\"" + (1000 + i) + "\"}").getBytes(StandardCharsets.UTF_8))
					+ ".c2lnbmF0dXJl" + i);
		}
		List<String> badJwts = jwts.stream().map(j -> "eyJub3RoaW5nIjoxfQ" + j.substring(j.indexOf('.'))).toList();
		return List.of(
				ex(SensitiveType.PERSON_NAME, "first_name", "varchar(40)",
						List.of("Luís", "Leonie", "François", "Bjørn", "ASTRID", "Daan", "Mark", "Jennifer", "Helena", "Roberto"),
						List.of("42", "7", "19", "2024", "11", "3")),
				ex(SensitiveType.EMAIL_ADDRESS, "email", "varchar(80)",
						List.of("luisg@embraer.com.br", "LEONEKOHLER@SURFEU.DE", "f.tremblay@gmail.com", "bjorn@yahoo.no",
								"frantisekw@jetbrains.com", "hholy@gmail.com"),
						List.of("luisg(at)embraer.com.br", "leonekohler@", "@gmail.com", "bjorn at yahoo")),
				ex(SensitiveType.PHONE_NUMBER, "phone", "varchar(24)",
						List.of("+55 (12) 3923-5555", "+49 0711 2842222", "+1 (514) 721-4711", "+47 22 44 22 22",
								"+420 2 4172 5555", "(171) 555-7788", "030-0074321"),
						List.of("5467", "3457", "3355", "5176")),
				ex(SensitiveType.STREET_ADDRESS, "address", "varchar(70)",
						List.of("Av. Brigadeiro Faria Lima, 2170", "Theodor-Heuss-Straße 34", "1498 rue Bélanger",
								"Ullevålsveien 14", "Klanova 9/506", "700 W Pender Street", "12, rue des Bouchers"),
						List.of("true", "false", "N/A", "0")),
				ex(SensitiveType.CITY, "city", "varchar(40)",
						List.of("São José dos Campos", "Stuttgart", "Montréal", "Oslo", "Prague", "Vienna", "Brussels",
								"Copenhagen"),
						List.of("12", "345", "6789", "0")),
				ex(SensitiveType.STATE_PROVINCE, "state", "varchar(40)",
						List.of("SP", "QC", "CA", "WA", "Bavaria", "Ontario", "New South Wales", "RJ"),
						List.of("shipped", "pending", "cancelled", "returned")),
				ex(SensitiveType.POSTAL_CODE, "postal_code", "varchar(10)",
						List.of("12227-000", "70174", "H2G 1A7", "0171", "SW1V 3EN", "94043-1351", "T2P 2T3"),
						List.of("Yes", "No", "Maybe", "Unknown")),
				ex(SensitiveType.COUNTRY, "country", "varchar(40)",
						List.of("Brazil", "Germany", "Canada", "Norway", "Czech Republic", "USA", "Deutschland", "United Kingdom"),
						List.of("1", "2", "3", "4")),
				ex(SensitiveType.DATE_OF_BIRTH, "birth_date", "date",
						List.of("1962-02-18", "1958-12-08", "1973-08-29", "1947-09-19", "1965-03-03", "2001-07-01"),
						List.of("2090-01-01", "2101-05-05", "2088-12-31", "1850-01-01")),
				ex(SensitiveType.GENDER, "gender", "varchar(10)", List.of("M", "F", "F", "M", "Male", "Female"),
						List.of("Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Ken",
								"Liam", "Mia", "Noah")),
				ex(SensitiveType.AGE, "age", "int", List.of("34", "27", "61", "45", "19", "88", "5"),
						List.of("250", "1999", "4000", "512")),
				ex(SensitiveType.USERNAME, "username", "varchar(40)",
						List.of("jsmith", "mary.jones", "dev_ops42", "ana-lopez", "kim99", "root_admin", "p.schmidt"),
						List.of("Hello there my friend", "A sentence with spaces", "Another long phrase here")),
				ex(SensitiveType.PASSWORD, "password_hash", "varchar(100)",
						List.of("$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
								"$2b$12$KIXQJQbS1o5Xh1sdBXNQzOIh.dKc8tPnQ9MSMt8Hh8N6gJbF5Dv2a",
								"5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"),
						List.of("1", "0", "1", "0")),
				ex(SensitiveType.IP_ADDRESS, "ip_address", "varchar(45)",
						List.of("192.168.0.1", "10.1.2.3", "8.8.8.8", "2001:db8::1", "172.16.254.1", "fe80::1"),
						List.of("256.1.1.1", "1.2.3", "999.999.999.999", "localhost")),
				ex(SensitiveType.MAC_ADDRESS, "mac_address", "varchar(17)",
						List.of("00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5f", "a4:83:e7:12:34:56", "3c:22:fb:aa:bb:cc"),
						List.of("00:1A:2B:3C:4D", "zz:1A:2B:3C:4D:5E", "001A2B")),
				ex(SensitiveType.URL, "website", "varchar(200)",
						List.of("https://example.com", "http://www.acme.org/about", "https://shop.example.co.uk/p/42",
								"www.example.net"),
						List.of("example", "not a url", "ftp:/broken", "acme")),
				ex(SensitiveType.GEO_COORDINATES, "coordinates", "varchar(60)",
						List.of("40.712800, -74.006000", "51.5072, -0.1276", "-33.8688, 151.2093", "48.8566, 2.3522"),
						List.of("100.50, 20.10", "95.0, 200.0", "91.25, 181.50")),
				ex(SensitiveType.ORGANIZATION_NAME, "company_name", "varchar(80)",
						List.of("Embraer - Empresa Brasileira de Aeronáutica S.A.", "JetBrains s.r.o.", "Woodstock Discos",
								"Banco do Brasil S.A.", "Riotur", "Telus", "Rogers Canada", "Google Inc."),
						List.of("1", "2", "3", "12345")),
				ex(SensitiveType.JOB_TITLE, "job_title", "varchar(60)",
						List.of("General Manager", "Sales Manager", "Sales Support Agent", "IT Manager", "IT Staff",
								"Chief Financial Officer"),
						List.of("1", "2", "3", "4")),
				ex(SensitiveType.PHOTO, "photo", "bytea",
						List.of("\\xffd8ffe000104a46494600010101", "\\x89504e470d0a1a0a0000000d49484452"),
						List.of("12", "13")),
				ex(SensitiveType.CREDIT_CARD_NUMBER, "card_number", "varchar(19)",
						List.of("4111111111111111", "5500 0000 0000 0004", "3400-000000-00009", "6011000000000004",
								"3530111333300000"),
						List.of("4111111111111112", "5500000000000005", "1234567812345678", "6011000000000005")),
				ex(SensitiveType.CVV, "cvv", "char(3)", List.of("123", "987", "4567", "001", "555"),
						List.of("ABC", "12345678", "X1")),
				ex(SensitiveType.IBAN, "iban", "varchar(42)",
						List.of("DE89370400440532013000", "GB82 WEST 1234 5698 7654 32", "fr1420041010050500013m02606",
								"NL91ABNA0417164300", "BE68539007547034"),
						List.of("DE89370400440532013001", "GB82WEST12345698765433", "NL91ABNA0417164301")),
				ex(SensitiveType.SWIFT_BIC, "swift_code", "varchar(11)",
						List.of("DEUTDEFF", "DEUTDEFF500", "BNPAFRPP", "CHASUS33", "NWBKGB2L"),
						List.of("DEUTQQFF", "deutdeff", "ABC", "12345678")),
				ex(SensitiveType.BANK_ACCOUNT_NUMBER, "account_number", "varchar(17)",
						List.of("12345678", "0532013000", "987654321012", "44556677"),
						List.of("abc", "n/a", "none", "x")),
				ex(SensitiveType.US_ROUTING_NUMBER, "routing_number", "char(9)", List.of("011000015", "021000021",
						"026009593", "121000358"), List.of("011000016", "021000022", "026009594", "121000359")),
				ex(SensitiveType.CRYPTO_WALLET, "wallet_address", "varchar(64)",
						List.of("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
								"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "0x52908400098527886E0F7030069857D2E4169EE7"),
						List.of("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz",
								"0x5290840009852788")),
				ex(SensitiveType.VAT_ID, "vat_number", "varchar(20)",
						List.of("DE136695976", "BE0403170701", "IT00743110157", "PL5261040828", "ATU12345678"),
						List.of("DE136695977", "BE0403170702", "IT00743110158", "PL5261040829")),
				ex(SensitiveType.US_SSN, "ssn", "char(11)",
						List.of("123-45-6789", "078-05-1121", "219-09-9998", "536-22-8726", "401-83-1190"),
						List.of("000-12-3456", "666-12-3456", "900-12-3456", "123-00-4567", "123-45-0000")),
				ex(SensitiveType.US_ITIN, "itin", "char(11)", List.of("912-70-1234", "987-94-5678", "900-50-0001"),
						List.of("912-40-1234", "912-00-1234", "912-69-1234")),
				ex(SensitiveType.US_PASSPORT, "us_passport_number", "char(9)",
						List.of("123456789", "A12345678", "987654321"), List.of("AB12", "XYZ", "1")),
				ex(SensitiveType.US_DRIVER_LICENSE, "driver_license", "varchar(16)",
						List.of("D1234567", "123456789", "A123-4567-8901", "S530-4627-2189"), List.of("A", "BB", "none")),
				ex(SensitiveType.UK_NINO, "ni_number", "varchar(13)",
						List.of("AB123456C", "JG 10 37 59 A", "ZR123456D", "CE987654B"),
						List.of("BG123456C", "GB123456A", "AB123456E", "DA123456A")),
				ex(SensitiveType.UK_NHS_NUMBER, "nhs_number", "varchar(12)", List.of("943 476 5919", "9434765919"),
						List.of("943 476 5918", "9434765917", "1234567890")),
				ex(SensitiveType.CA_SIN, "sin", "varchar(11)", List.of("130 692 544", "271483190", "555 123 413"),
						List.of("130 692 545", "271483191", "046454286")),
				ex(SensitiveType.DE_TAX_ID, "steuer_id", "char(11)", List.of("86095742719", "65929970489", "47036892816"),
						List.of("86095742718", "12345678901", "65929970488")),
				ex(SensitiveType.ES_NIF, "nif", "char(9)", List.of("12345678Z", "X1234567L", "00000023T"),
						List.of("12345678A", "X1234567A", "00000023A")),
				ex(SensitiveType.FR_INSEE, "numero_insee", "varchar(21)",
						List.of("184127645108946", "2 55 08 14 168 025 38"),
						List.of("184127645108947", "2 55 08 14 168 025 39")),
				ex(SensitiveType.IT_FISCAL_CODE, "codice_fiscale", "char(16)", List.of("RSSMRA85T10A562S"),
						List.of("RSSMRA85T10A562T", "RSSMRA85T10A562A")),
				ex(SensitiveType.IN_AADHAAR, "aadhaar_number", "varchar(14)", List.of("2341 2341 2346", "498765432102"),
						List.of("2341 2341 2345", "498765432101")),
				ex(SensitiveType.IN_PAN, "pan_number", "char(10)", List.of("ABCPE1234F", "AAACB1234C", "BNZPM2501F"),
						List.of("ABCXE1234F", "ABCZE1234F", "ABCQE1234F")),
				ex(SensitiveType.PL_PESEL, "pesel", "char(11)", List.of("44051401359", "02070803628"),
						List.of("44051401358", "02070803627")),
				ex(SensitiveType.AU_TFN, "tfn", "varchar(11)", List.of("123 456 782", "123456782"),
						List.of("123 456 789", "123456788")),
				ex(SensitiveType.NL_BSN, "bsn", "char(9)", List.of("111222333", "123456782"),
						List.of("111222334", "123456789")),
				ex(SensitiveType.SE_PERSONNUMMER, "personnummer", "varchar(13)", List.of("811218-9876", "198112189876"),
						List.of("811218-9875", "198112189877")),
				ex(SensitiveType.PASSPORT_NUMBER, "passport_number", "varchar(10)",
						List.of("C01X00T47", "123456789", "12AB34567", "L898902C3"), List.of("X", "YY", "Z")),
				ex(SensitiveType.MEDICAL_RECORD_NUMBER, "mrn", "varchar(12)",
						List.of("MRN0012345", "00412345", "MR-778812", "55501234"), List.of("A", "B", "C")),
				ex(SensitiveType.US_NPI, "npi", "char(10)", List.of("1234567893", "1245319599"),
						List.of("1234567890", "1245319598")),
				ex(SensitiveType.US_MBI, "mbi", "varchar(13)", List.of("1EG4-TE5-MK73", "1EG4TE5MK73"),
						List.of("1SG4TE5MK73", "0EG4TE5MK73")),
				ex(SensitiveType.ICD10_CODE, "diagnosis_code", "varchar(8)",
						List.of("E11.9", "I10", "J45.909", "S72.001A", "M54.5"), List.of("hello", "12.5", "E1.9x")),
				ex(SensitiveType.AWS_ACCESS_KEY, "aws_access_key_id", "varchar(20)",
						List.of("AKIAIOSFODNN7EXAMPLE", "ASIAY34FZKBOKMUTVV7A", "AKIA2OGYBAH6TQHSVTEY"),
						List.of("AKIAIOSFODNN7EXAMPL", "XKIAIOSFODNN7EXAMPLE")),
				ex(SensitiveType.PRIVATE_KEY, "private_key", "text",
						List.of("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1234567890abcdef\n-----END RSA PRIVATE KEY-----",
								"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----"),
						List.of("-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n-----END CERTIFICATE-----")),
				ex(SensitiveType.API_KEY, "api_key", "varchar(64)",
						List.of("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
								"9fJ3kLq8ZxP2mN7vT4wR1yB6c0Hd", "Qm7Lx2Vb9Tn4Rw8Kz1Hy6Pc3Sj5D"),
						List.of("yes", "no", "enabled", "disabled")),
				ex(SensitiveType.JWT, "jwt", "text", jwts, badJwts),
				ex(SensitiveType.IMEI, "imei", "varchar(18)", List.of("490154203237518", "35-209900-176148-1"),
						List.of("490154203237519", "352099001761482")),
				ex(SensitiveType.VIN, "vin", "char(17)", List.of("1M8GDM9AXKP042788", "1HGCM82633A004352"),
						List.of("1M8GDM9AXKP04278O", "11111111111111111")),
				ex(SensitiveType.LICENSE_PLATE, "license_plate", "varchar(10)",
						List.of("7ABC123", "AB12 CDE", "B-MW 1234", "ABC-1234"), List.of("hello", "world", "yes")));
	}

	private static Example ex(SensitiveType type, String column, String dataType, List<String> valid, List<String> invalid) {
		return new Example(type, column, dataType, valid, invalid);
	}
}
