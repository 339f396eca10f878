package io.pursight.bench.classification;

import io.pursight.synthetic.BankAccounts;
import io.pursight.synthetic.CompanyIds;
import io.pursight.synthetic.CryptoAddresses;
import io.pursight.synthetic.Grouping;
import io.pursight.synthetic.NationalIds;
import io.pursight.synthetic.PaymentCards;
import io.pursight.synthetic.PaymentCards.Brand;
import io.pursight.synthetic.SeededRandom;
import io.pursight.synthetic.Serials;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates realistic values, valid by their checksums where the format has one (those come
 * from {@code io.pursight.synthetic}), with the messiness of real exports: mixed case, grouping
 * spaces and dashes, several national layouts. Deterministic for a given {@link Random}.
 */
final class SyntheticValues {
	private static final List<Brand> CARD_BRANDS = List.of(Brand.VISA, Brand.MASTERCARD, Brand.AMEX, Brand.DISCOVER,
			Brand.JCB);
	private static final List<String> IBAN_COUNTRIES = List.of("DE", "FR", "GB", "ES", "IT", "NL", "BE", "CH");
	private static final List<String> VAT_COUNTRIES = List.of("DE", "BE", "IT", "AT");

	private final Random random;
	/** The same randomness, for the generators of values with check digits. */
	private final SeededRandom draws;

	SyntheticValues(Random random) {
		this.random = random;
		this.draws = new SeededRandom(random);
	}

	<T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	int between(int min, int maxInclusive) {
		return min + random.nextInt(maxInclusive - min + 1);
	}

	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	String digits(int n) {
		StringBuilder b = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			b.append((char) ('0' + random.nextInt(10)));
		}
		return b.toString();
	}

	String letters(int n, String alphabet) {
		StringBuilder b = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			b.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return b.toString();
	}

	static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	static final String ALNUM = UPPER + "0123456789";

	// ---- identity ----

	String fullName() {
		String name = pick(Vocabulary.GIVEN) + " " + pick(Vocabulary.FAMILY);
		return chance(0.1) ? name.toUpperCase(Locale.ROOT) : name;
	}

	String email() {
		String local = strip(pick(Vocabulary.GIVEN)).toLowerCase(Locale.ROOT) + (chance(0.5) ? "." : "_")
				+ strip(pick(Vocabulary.FAMILY)).toLowerCase(Locale.ROOT).replace(" ", "").replace("'", "")
				+ (chance(0.3) ? String.valueOf(between(1, 99)) : "");
		String domain = pick(List.of("gmail.com", "yahoo.co.uk", "example.org", "mail.de", "corp.example.com",
				"outlook.fr", "uni-muenchen.de", "company.com.br"));
		String e = local + "@" + domain;
		return chance(0.1) ? e.toUpperCase(Locale.ROOT) : e;
	}

	private static String strip(String s) {
		return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i");
	}

	String phone() {
		return switch (random.nextInt(12)) {
			case 0 -> "(" + between(201, 989) + ") " + between(200, 999) + "-" + digits(4);
			case 1 -> "+1 " + between(201, 989) + " " + between(200, 999) + " " + digits(4);
			case 2 -> "+44 20 " + between(7000, 8999) + " " + digits(4);
			case 3 -> "020 " + between(7000, 8999) + " " + digits(4);
			case 4 -> "+49 30 " + between(1000000, 99999999);
			case 5 -> "+33 1 " + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2);
			case 6 -> "0" + between(1, 5) + "." + digits(2) + "." + digits(2) + "." + digits(2) + "." + digits(2);
			case 7 -> "+91 " + between(70000, 99999) + " " + digits(5);
			case 8 -> "+55 11 9" + digits(4) + "-" + digits(4);
			case 9 -> "+81 3-" + digits(4) + "-" + digits(4);
			case 10 -> "+61 2 " + digits(4) + " " + digits(4);
			default -> "+34 91" + between(1, 9) + " " + digits(3) + " " + digits(3);
		};
	}

	String streetAddress() {
		return switch (random.nextInt(6)) {
			case 0, 1 -> between(1, 9999) + " " + pick(Vocabulary.STREETS) + " " + pick(Vocabulary.STREET_SUFFIXES);
			case 2 -> pick(List.of("Hauptstraße", "Bahnhofstr.", "Lindenweg", "Gartenstraße", "Kirchgasse")) + " "
					+ between(1, 200);
			case 3 -> between(1, 150) + ", rue " + pick(List.of("de la Paix", "Victor Hugo", "des Lilas", "Pasteur"));
			case 4 -> pick(List.of("Via Roma", "Calle Mayor", "Rua Augusta", "Avenida Paulista", "Strada Nuova")) + " "
					+ between(1, 300);
			default -> between(1, 500) + " " + pick(Vocabulary.STREETS) + " " + pick(Vocabulary.STREET_SUFFIXES) + ", Apt "
					+ between(1, 40);
		};
	}

	String postalCode() {
		return switch (random.nextInt(7)) {
			case 0 -> digits(5);
			case 1 -> digits(5) + "-" + digits(4);
			case 2 -> letters(1, "ABCEGHJKLMNPRSTVXY") + digits(1) + letters(1, UPPER) + " " + digits(1)
					+ letters(1, UPPER) + digits(1);
			case 3 -> letters(2, "EHMNSW") + between(1, 20) + " " + digits(1) + letters(2, "ABDEFGHJLNPQRSTUWXYZ");
			case 4 -> between(1000, 9999) + " " + letters(2, UPPER);
			case 5 -> digits(5) + "-" + digits(3);
			default -> String.valueOf(between(1000, 9999));
		};
	}

	String dateOfBirth(int style) {
		LocalDate d = LocalDate.of(between(1935, 2010), between(1, 12), between(1, 28));
		return switch (style) {
			case 0 -> d.toString();
			case 1 -> String.format(Locale.ROOT, "%02d/%02d/%04d", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
			case 2 -> String.format(Locale.ROOT, "%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
			default -> d + " 00:00:00";
		};
	}

	/** A birth date between 1940 and 2010. */
	private LocalDate birthDate() {
		return LocalDate.of(between(1940, 2010), between(1, 12), between(1, 28));
	}

	String recentDate() {
		return LocalDate.of(between(2015, 2025), between(1, 12), between(1, 28)).toString();
	}

	String username() {
		String base = strip(pick(Vocabulary.GIVEN)).toLowerCase(Locale.ROOT).replace(" ", "");
		return switch (random.nextInt(4)) {
			case 0 -> base.charAt(0) + strip(pick(Vocabulary.FAMILY)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			case 1 -> base + between(1, 9999);
			case 2 -> base + "." + strip(pick(Vocabulary.FAMILY)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			default -> base + "_" + letters(3, "abcdefghijklmnopqrstuvwxyz");
		};
	}

	String passwordHash() {
		return chance(0.5) ? "$2a$10$" + base64(random, 40).substring(0, 53) : hex(64);
	}

	String ipAddress() {
		if (chance(0.25)) {
			return String.format(Locale.ROOT, "2001:db8:%x:%x::%x", random.nextInt(65536), random.nextInt(65536),
					random.nextInt(65536));
		}
		return between(1, 223) + "." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
	}

	String macAddress() {
		StringBuilder b = new StringBuilder();
		char sep = chance(0.7) ? ':' : '-';
		for (int i = 0; i < 6; i++) {
			if (i > 0) {
				b.append(sep);
			}
			b.append(String.format(Locale.ROOT, "%02x", random.nextInt(256)));
		}
		return chance(0.5) ? b.toString().toUpperCase(Locale.ROOT) : b.toString();
	}

	String url() {
		return pick(List.of("https://", "http://", "https://www.")) + pick(List.of("example.com", "acme.org",
				"shop.example.co.uk", "blog.example.net")) + pick(List.of("/", "/products/" + between(1, 999),
						"/users/" + username(), "/search?q=" + letters(5, "abcdefgh"), ""));
	}

	String geoPair() {
		double lat = (random.nextDouble() * 170) - 85;
		double lon = (random.nextDouble() * 350) - 175;
		return String.format(Locale.ROOT, chance(0.5) ? "%.6f, %.6f" : "%.5f,%.5f", lat, lon);
	}

	String latitude() {
		return String.format(Locale.ROOT, "%.6f", (random.nextDouble() * 170) - 85);
	}

	// ---- financial ----

	String creditCard(int style) {
		String pan = PaymentCards.number(pick(CARD_BRANDS), draws);
		return switch (style) {
			case 0 -> pan;
			case 1 -> PaymentCards.embossed(pan, ' ');
			default -> PaymentCards.embossed(pan, '-');
		};
	}

	String iban(int style) {
		String iban = BankAccounts.iban(pick(IBAN_COUNTRIES), draws);
		return switch (style) {
			case 0 -> iban;
			case 1 -> BankAccounts.printed(iban);
			default -> BankAccounts.printed(iban).toLowerCase(Locale.ROOT);
		};
	}

	String swiftBic() {
		return letters(4, UPPER) + pick(List.of("DE", "FR", "GB", "US", "CH", "NL", "IT", "ES")) + letters(2, ALNUM)
				+ (chance(0.5) ? letters(3, ALNUM) : "");
	}

	String routingNumber() {
		return BankAccounts.abaRouting(draws);
	}

	String ethereumAddress() {
		return "0x" + hex(40);
	}

	String bitcoinAddress() {
		return CryptoAddresses.bitcoin(draws);
	}

	String vatId() {
		return CompanyIds.vatNumber(pick(VAT_COUNTRIES), draws);
	}

	// ---- government ids ----

	String ssn(boolean grouped) {
		String ssn = NationalIds.usSsn(draws);
		return grouped ? Grouping.grouped(ssn, '-', 3, 2, 4) : ssn;
	}

	String itin() {
		int group = pick(List.of(between(50, 65), between(70, 88), between(90, 92), between(94, 99)));
		return "9" + digits(2) + "-" + group + "-" + digits(4);
	}

	String ukNino() {
		return halfGrouped(NationalIds.ukNino(draws), ' ', 2, 2, 2, 2, 1);
	}

	String nhsNumber() {
		return halfGrouped(NationalIds.ukNhsNumber(draws), ' ', 3, 3, 4);
	}

	String canadianSin() {
		return halfGrouped(NationalIds.canadianSin(draws), ' ', 3, 3, 3);
	}

	String germanTaxId() {
		return NationalIds.germanTaxId(draws);
	}

	String spanishNif() {
		return chance(0.3) ? NationalIds.spanishNie(draws) : NationalIds.spanishDni(draws);
	}

	String frenchInsee() {
		return halfGrouped(NationalIds.frenchNir(chance(0.5), birthDate(), draws), ' ', 1, 2, 2, 2, 3, 3, 2);
	}

	String italianFiscalCode() {
		return NationalIds.italianFiscalCode(pick(Vocabulary.FAMILY), pick(Vocabulary.GIVEN), birthDate(), chance(0.5), draws);
	}

	String aadhaar() {
		return halfGrouped(NationalIds.indianAadhaar(draws), ' ', 4, 4, 4);
	}

	String indianPan() {
		return letters(3, UPPER) + letters(1, "PCHFAT") + letters(1, UPPER) + digits(4) + letters(1, UPPER);
	}

	String pesel() {
		return NationalIds.polishPesel(chance(0.5), birthDate(), draws);
	}

	String australianTfn() {
		return halfGrouped(NationalIds.australianTfn(draws), ' ', 3, 3, 3);
	}

	String dutchBsn() {
		return NationalIds.dutchBsn(draws);
	}

	String swedishPersonnummer() {
		LocalDate born = birthDate();
		String number = NationalIds.swedishPersonnummer(chance(0.5), born, draws);
		return chance(0.5) ? Grouping.grouped(number, '-', 6, 4) : born.getYear() / 100 + number;
	}

	String npi() {
		return NationalIds.usNpi(draws);
	}

	String mbi() {
		String alpha = "ACDEFGHJKMNPQRTUVWXY";
		String alnum = alpha + "0123456789";
		String m = between(1, 9) + letters(1, alpha) + letters(1, alnum) + digits(1) + letters(1, alpha)
				+ letters(1, alnum) + digits(1) + letters(1, alpha) + letters(1, alpha) + digits(2);
		return chance(0.3) ? m.substring(0, 4) + "-" + m.substring(4, 7) + "-" + m.substring(7) : m;
	}

	String icd10() {
		return pick(List.of("E11.9", "I10", "J45.909", "S72.001A", "M54.5", "F32.9", "K21.9", "E78.5", "N39.0",
				"R51", "Z00.00", "C50.911", "G43.909", "J06.9", "I25.10", "E66.9", "F41.1", "M17.11", "H52.4", "L40.0"));
	}

	String awsAccessKey() {
		return pick(List.of("AKIA", "ASIA")) + letters(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
	}

	String privateKey() {
		String type = pick(List.of("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"));
		return "-----BEGIN " + type + "-----\n" + base64(random, 300) + "\n-----END " + type + "-----";
	}

	String apiKey() {
		return switch (random.nextInt(4)) {
			case 0 -> "sk_live_" + letters(24, ALNUM + "abcdefghijklmnopqrstuvwxyz");
			case 1 -> "ghp_" + letters(36, ALNUM + "abcdefghijklmnopqrstuvwxyz");
			default -> letters(32, ALNUM + "abcdefghijklmnopqrstuvwxyz");
		};
	}

	String jwt() {
		Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
		String header = enc.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String payload = enc.encodeToString(("{\"sub\":\"" + between(1000, 99999) + "\",\"iat\":" + between(1600000000,
				1700000000) + "}").getBytes(StandardCharsets.UTF_8));
		byte[] sig = new byte[32];
		random.nextBytes(sig);
		return header + "." + payload + "." + enc.encodeToString(sig);
	}

	String imei() {
		String imei = Serials.imei(draws);
		return chance(0.3) ? Grouping.grouped(imei, '-', 2, 6, 6, 1) : imei;
	}

	String vin() {
		return Serials.vin(draws);
	}

	String licensePlate() {
		return switch (random.nextInt(4)) {
			case 0 -> between(1, 9) + letters(3, UPPER) + digits(3);
			case 1 -> letters(2, UPPER) + digits(2) + " " + letters(3, UPPER);
			case 2 -> letters(1, "BMKSHF") + "-" + letters(2, UPPER) + " " + between(1, 9999);
			default -> letters(3, UPPER) + "-" + digits(4);
		};
	}

	// ---- helpers ----

	String hex(int n) {
		return letters(n, "0123456789abcdef");
	}

	/** Half the values compact, half in groups, as exports mix them. */
	private String halfGrouped(String compact, char separator, int... groups) {
		return chance(0.5) ? compact : Grouping.grouped(compact, separator, groups);
	}

	private static String base64(Random random, int bytes) {
		byte[] b = new byte[bytes];
		random.nextBytes(b);
		return Base64.getEncoder().encodeToString(b).replace("/", ".").replace("+", "/");
	}
}
