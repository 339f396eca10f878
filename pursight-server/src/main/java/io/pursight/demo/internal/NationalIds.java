package io.pursight.demo.internal;

import io.pursight.demo.internal.People.Person;
import java.time.LocalDate;
import java.util.Locale;

/**
 * National identification and tax numbers, one scheme per country, each with the structure and
 * check digits of the real scheme so that validators accept them. They are random draws, not
 * numbers issued to anyone.
 */
final class NationalIds {

	/** A number and the scheme it belongs to, e.g. {@code US_SSN}. */
	record NationalId(String type, String value) {
	}

	private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
	private static final String CF_MONTHS = "ABCDEHLMPRST";
	private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
	private static final String[] CF_PLACES = {"H501", "F205", "F839", "L219", "A944", "D612", "G273", "D969", "L736", "A662", "Z404"};

	private NationalIds() {
	}

	static NationalId of(Country country, Person person, SeededRandom random) {
		return switch (country) {
			case US -> new NationalId("US_SSN", ssn(random));
			case GB -> new NationalId("UK_NINO", nino(random));
			case DE -> new NationalId("DE_STEUER_ID", steuerId(random));
			case FR -> new NationalId("FR_NIR", nir(person, random));
			case ES -> person.culture() == Culture.HISPANIC
					? new NationalId("ES_DNI", dni(random))
					: new NationalId("ES_NIE", nie(random));
			case IT -> new NationalId("IT_CODICE_FISCALE", codiceFiscale(person, random));
			case NL -> new NationalId("NL_BSN", bsn(random));
			case IE -> new NationalId("IE_PPSN", ppsn(random));
			case PL -> new NationalId("PL_PESEL", pesel(person, random));
			case SE -> new NationalId("SE_PERSONNUMMER", personnummer(person, random));
			case PT -> new NationalId("PT_NIF", nif(random));
			case CA -> new NationalId("CA_SIN", sin(random));
			case AU -> new NationalId("AU_TFN", tfn(random));
			case IN -> new NationalId("IN_PAN", pan(person, random));
			case JP -> new NationalId("JP_MY_NUMBER", myNumber(random));
			case BR -> new NationalId("BR_CPF", cpf(random));
		};
	}

	/** US Social Security number: area 001–899 except 666, group 01–99, serial 0001–9999. */
	static String ssn(SeededRandom random) {
		int area;
		do {
			area = random.between(1, 899);
		}
		while (area == 666);
		String digits = String.format("%03d%02d%04d", area, random.between(1, 99), random.between(1, 9999));
		return random.chance(0.8) ? digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5) : digits;
	}

	/** UK National Insurance number: two allowed prefix letters, six digits, suffix A–D. */
	static String nino(SeededRandom random) {
		String prefix;
		do {
			prefix = "" + random.letterOf("ABCEGHJKLMNOPRSTWXYZ") + random.letterOf("ABCEGHJKLMNPRSTWXYZ");
		}
		while (prefix.equals("BG") || prefix.equals("GB") || prefix.equals("KN") || prefix.equals("NK")
				|| prefix.equals("NT") || prefix.equals("TN") || prefix.equals("ZZ"));
		String digits = random.digits(6);
		char suffix = random.letterOf("ABCD");
		return random.chance(0.6)
				? prefix + digits + suffix
				: prefix + " " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4) + " " + suffix;
	}

	/** German tax id: 11 digits, no leading zero, one digit repeated, ISO 7064 MOD 11,10 check digit. */
	static String steuerId(SeededRandom random) {
		int[] digits = new int[11];
		boolean[] used = new boolean[10];
		int repeatedAt = random.between(1, 9);
		for (int i = 0; i < 10; i++) {
			if (i == repeatedAt) {
				digits[i] = digits[random.between(0, i - 1)];
				continue;
			}
			int d;
			do {
				d = random.digit();
			}
			while (used[d] || (i == 0 && d == 0));
			used[d] = true;
			digits[i] = d;
		}
		int product = 10;
		for (int i = 0; i < 10; i++) {
			int sum = (digits[i] + product) % 10;
			if (sum == 0) {
				sum = 10;
			}
			product = (sum * 2) % 11;
		}
		int check = 11 - product;
		digits[10] = check == 10 ? 0 : check;
		var out = new StringBuilder();
		for (int d : digits) {
			out.append(d);
		}
		String id = out.toString();
		return random.chance(0.7) ? id : id.substring(0, 2) + " " + id.substring(2, 5) + " " + id.substring(5, 8) + " " + id.substring(8);
	}

	/** French NIR (numéro de sécurité sociale): sex, birth year and month, département, commune, order, key. */
	static String nir(Person person, SeededRandom random) {
		int departement;
		do {
			departement = random.between(1, 95);
		}
		while (departement == 20);
		String body = (person.female() ? "2" : "1") + String.format("%02d%02d%02d%03d%03d", person.birthDate().getYear() % 100,
				person.birthDate().getMonthValue(), departement, random.between(1, 990), random.between(1, 999));
		long key = 97 - Long.parseLong(body) % 97;
		String nir = body + String.format("%02d", key);
		return random.chance(0.6) ? nir
				: String.join(" ", nir.substring(0, 1), nir.substring(1, 3), nir.substring(3, 5), nir.substring(5, 7),
						nir.substring(7, 10), nir.substring(10, 13), nir.substring(13));
	}

	/** Spanish DNI: eight digits and the mod-23 control letter. */
	static String dni(SeededRandom random) {
		int number = random.between(1_000_000, 79_999_999);
		return String.format("%08d", number) + DNI_LETTERS.charAt(number % 23);
	}

	/** Spanish NIE for foreign residents: X/Y/Z, seven digits, control letter. */
	static String nie(SeededRandom random) {
		int prefix = random.between(0, 2);
		int number = random.between(0, 9_999_999);
		int value = prefix * 10_000_000 + number;
		return "XYZ".charAt(prefix) + String.format("%07d", number) + DNI_LETTERS.charAt(value % 23);
	}

	/** Italian codice fiscale: surname and name codes, birth date and sex, place code, check letter. */
	static String codiceFiscale(Person person, SeededRandom random) {
		LocalDate born = person.birthDate();
		String code = surnameCode(person.familyName()) + givenNameCode(person.givenName())
				+ String.format("%02d", born.getYear() % 100) + CF_MONTHS.charAt(born.getMonthValue() - 1)
				+ String.format("%02d", born.getDayOfMonth() + (person.female() ? 40 : 0)) + random.pick(CF_PLACES);
		int sum = 0;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			int value = Character.isDigit(c) ? c - '0' : c - 'A';
			sum += i % 2 == 0 ? CF_ODD[value] : value;
		}
		return code + (char) ('A' + sum % 26);
	}

	private static String surnameCode(String name) {
		String letters = lettersOf(name);
		return (consonants(letters) + vowels(letters) + "XXX").substring(0, 3);
	}

	private static String givenNameCode(String name) {
		String letters = lettersOf(name);
		String consonants = consonants(letters);
		if (consonants.length() >= 4) {
			return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
		}
		return (consonants + vowels(letters) + "XXX").substring(0, 3);
	}

	private static String lettersOf(String name) {
		return People.foldToAscii(name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
	}

	private static String consonants(String letters) {
		return letters.replaceAll("[AEIOU]", "");
	}

	private static String vowels(String letters) {
		return letters.replaceAll("[^AEIOU]", "");
	}

	/** Dutch BSN: nine digits passing the "elfproef" (weights 9..2 and -1, sum divisible by 11). */
	static String bsn(SeededRandom random) {
		while (true) {
			int[] d = new int[9];
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				d[i] = i == 0 ? random.between(1, 6) : random.digit();
				sum += d[i] * (9 - i);
			}
			int last = sum % 11;
			if (last <= 9) {
				var out = new StringBuilder();
				for (int i = 0; i < 8; i++) {
					out.append(d[i]);
				}
				return out.append(last).toString();
			}
		}
	}

	/** Irish PPS number: seven digits and the mod-23 check letter. */
	static String ppsn(SeededRandom random) {
		String digits = random.digits(7);
		int sum = 0;
		for (int i = 0; i < 7; i++) {
			sum += (digits.charAt(i) - '0') * (8 - i);
		}
		return digits + "WABCDEFGHIJKLMNOPQRSTUV".charAt(sum % 23) + (random.chance(0.2) ? "A" : "");
	}

	/** Polish PESEL: birth date (century in the month), serial, sex digit, check digit. */
	static String pesel(Person person, SeededRandom random) {
		LocalDate born = person.birthDate();
		int month = born.getMonthValue() + (born.getYear() >= 2000 ? 20 : 0);
		int sexDigit = random.between(0, 4) * 2 + (person.female() ? 0 : 1);
		String body = String.format("%02d%02d%02d%03d%d", born.getYear() % 100, month, born.getDayOfMonth(), random.between(0, 999), sexDigit);
		int[] weights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + (10 - sum % 10) % 10;
	}

	/** Swedish personnummer YYMMDD-NNNC, the last digit a Luhn check over the nine before it. */
	static String personnummer(Person person, SeededRandom random) {
		LocalDate born = person.birthDate();
		int serial = random.between(0, 99) * 10 + random.between(0, 4) * 2 + (person.female() ? 0 : 1);
		String body = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(), serial);
		String full = body + PaymentCards.luhnCheckDigit(body);
		return full.substring(0, 6) + "-" + full.substring(6);
	}

	/** Portuguese NIF: nine digits, first 1–3 for individuals, mod-11 check digit. */
	static String nif(SeededRandom random) {
		String body = random.between(1, 3) + random.digits(7);
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (body.charAt(i) - '0') * (9 - i);
		}
		int remainder = sum % 11;
		return body + (remainder < 2 ? 0 : 11 - remainder);
	}

	/** Canadian SIN: nine digits, province-coded first digit, Luhn check. */
	static String sin(SeededRandom random) {
		String body = random.between(1, 7) + random.digits(7);
		String sin = body + PaymentCards.luhnCheckDigit(body);
		String separator = random.pick(new String[] {" ", "-", ""});
		return sin.substring(0, 3) + separator + sin.substring(3, 6) + separator + sin.substring(6);
	}

	/** Australian tax file number: nine digits whose weighted sum is divisible by 11. */
	static String tfn(SeededRandom random) {
		int[] weights = {1, 4, 3, 7, 5, 8, 6, 9, 10};
		while (true) {
			String body = random.between(1, 9) + random.digits(7);
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				sum += (body.charAt(i) - '0') * weights[i];
			}
			int last = sum % 11; // 10 * last ≡ -last (mod 11), so this digit cancels the sum
			if (last <= 9) {
				String tfn = body + last;
				return random.chance(0.5) ? tfn : tfn.substring(0, 3) + " " + tfn.substring(3, 6) + " " + tfn.substring(6);
			}
		}
	}

	/** Indian PAN: five letters (fourth P for a person, fifth the surname's initial), four digits, a letter. */
	static String pan(Person person, SeededRandom random) {
		String letters = lettersOf(person.familyName());
		char initial = letters.isEmpty() ? 'X' : letters.charAt(0);
		return random.lettersOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3) + "P" + initial + random.digits(4)
				+ random.letterOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
	}

	/** Japanese Individual Number (My Number): eleven digits and a weighted mod-11 check digit. */
	static String myNumber(SeededRandom random) {
		String body = random.between(1, 9) + random.digits(10);
		int sum = 0;
		for (int n = 1; n <= 11; n++) {
			int digit = body.charAt(11 - n) - '0';
			sum += digit * (n <= 6 ? n + 1 : n - 5);
		}
		int remainder = sum % 11;
		String number = body + (remainder <= 1 ? 0 : 11 - remainder);
		return random.chance(0.5) ? number : number.substring(0, 4) + " " + number.substring(4, 8) + " " + number.substring(8);
	}

	/** Brazilian CPF: nine digits and two mod-11 check digits, written 000.000.000-00. */
	static String cpf(SeededRandom random) {
		int[] d = new int[11];
		for (int i = 0; i < 9; i++) {
			d[i] = random.digit();
		}
		d[0] = d[0] == d[1] ? (d[0] + 1) % 10 : d[0]; // all-equal digits are invalid CPFs
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += d[i] * (10 - i);
		}
		d[9] = sum * 10 % 11 % 10;
		sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += d[i] * (11 - i);
		}
		d[10] = sum * 10 % 11 % 10;
		var out = new StringBuilder();
		for (int i = 0; i < 11; i++) {
			out.append(d[i]);
		}
		String cpf = out.toString();
		return random.chance(0.7)
				? cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9)
				: cpf;
	}
}
