package io.pursight.synthetic;

import java.time.LocalDate;
import java.util.Locale;

/**
 * National identification, tax and health numbers, compact (digits and letters only), each with
 * the structure and check digits of the real scheme so that validators accept them. They are
 * random draws, not numbers issued to anyone; callers add the separators people type.
 */
public final class NationalIds {

	private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
	private static final String PPSN_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV";
	private static final String CF_MONTHS = "ABCDEHLMPRST";
	private static final String[] CF_PLACES = {"H501", "F205", "F839", "L219", "A944", "D612", "G273", "D969", "L736", "A662", "Z404"};

	private NationalIds() {
	}

	/** US Social Security number: area 001–899 except 666, group 01–99, serial 0001–9999. */
	public static String usSsn(SeededRandom random) {
		int area;
		do {
			area = random.between(1, 899);
		}
		while (area == 666);
		return String.format(Locale.ROOT, "%03d%02d%04d", area, random.between(1, 99), random.between(1, 9999));
	}

	/** UK National Insurance number: two allowed prefix letters, six digits, suffix A–D. */
	public static String ukNino(SeededRandom random) {
		String prefix;
		do {
			prefix = "" + random.letterOf("ABCEGHJKLMNOPRSTWXYZ") + random.letterOf("ABCEGHJKLMNPRSTWXYZ");
		}
		while (prefix.equals("BG") || prefix.equals("GB") || prefix.equals("KN") || prefix.equals("NK")
				|| prefix.equals("NT") || prefix.equals("TN") || prefix.equals("ZZ"));
		return prefix + random.digits(6) + random.letterOf("ABCD");
	}

	/** UK NHS number: nine digits and the mod-11 check digit (weights 10 to 2; a remainder giving 10 is never issued). */
	public static String ukNhsNumber(SeededRandom random) {
		while (true) {
			String body = random.digits(9);
			int check = 11 - CheckDigits.weightedSum(body, 10, 9, 8, 7, 6, 5, 4, 3, 2) % 11;
			if (check != 10) {
				return body + check % 11;
			}
		}
	}

	/** German tax id: 11 digits, no leading zero, one digit repeated, ISO 7064 MOD 11,10 check digit. */
	public static String germanTaxId(SeededRandom random) {
		int[] digits = new int[10];
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
		var body = new StringBuilder(11);
		for (int d : digits) {
			body.append(d);
		}
		return body.append(CheckDigits.iso7064Mod11Of10(body.toString())).toString();
	}

	/** French NIR (numéro de sécurité sociale): sex, birth year and month, département, commune, order, key. */
	public static String frenchNir(boolean female, LocalDate born, SeededRandom random) {
		int departement;
		do {
			departement = random.between(1, 95);
		}
		while (departement == 20); // Corsica is 2A/2B
		String body = (female ? "2" : "1") + String.format(Locale.ROOT, "%02d%02d%02d%03d%03d", born.getYear() % 100,
				born.getMonthValue(), departement, random.between(1, 990), random.between(1, 999));
		return body + CheckDigits.complementMod97(Long.parseLong(body));
	}

	/** Spanish DNI: eight digits and the mod-23 control letter. */
	public static String spanishDni(SeededRandom random) {
		int number = random.between(1_000_000, 79_999_999);
		return String.format(Locale.ROOT, "%08d", number) + DNI_LETTERS.charAt(number % 23);
	}

	/** Spanish NIE for foreign residents: X/Y/Z (counting 0/1/2), seven digits, control letter. */
	public static String spanishNie(SeededRandom random) {
		int prefix = random.between(0, 2);
		int number = random.between(0, 9_999_999);
		return "XYZ".charAt(prefix) + String.format(Locale.ROOT, "%07d", number)
				+ DNI_LETTERS.charAt((prefix * 10_000_000 + number) % 23);
	}

	/** Italian codice fiscale: surname and name codes, birth date and sex, place code, check letter. */
	public static String italianFiscalCode(String familyName, String givenName, LocalDate born, boolean female,
			SeededRandom random) {
		String code = surnameCode(familyName) + givenNameCode(givenName)
				+ String.format(Locale.ROOT, "%02d", born.getYear() % 100) + CF_MONTHS.charAt(born.getMonthValue() - 1)
				+ String.format(Locale.ROOT, "%02d", born.getDayOfMonth() + (female ? 40 : 0)) + random.pick(CF_PLACES);
		return code + CheckDigits.italianCheckLetter(code);
	}

	/** Dutch BSN: nine digits passing the "elfproef" (weights 9 to 2 and −1, a multiple of 11). */
	public static String dutchBsn(SeededRandom random) {
		return withMod11Digit(random, 6, 9, 8, 7, 6, 5, 4, 3, 2);
	}

	/** Irish PPS number: seven digits, the mod-23 check letter, for some an "A" issued since 2013. */
	public static String irishPpsn(SeededRandom random) {
		String digits = random.digits(7);
		char check = PPSN_LETTERS.charAt(CheckDigits.weightedSum(digits, 8, 7, 6, 5, 4, 3, 2) % 23);
		return digits + check + (random.chance(0.2) ? "A" : "");
	}

	/** Polish PESEL: birth date (century in the month), serial, sex digit, check digit. */
	public static String polishPesel(boolean female, LocalDate born, SeededRandom random) {
		int month = born.getMonthValue() + (born.getYear() >= 2000 ? 20 : 0);
		int sexDigit = random.between(0, 4) * 2 + (female ? 0 : 1);
		String body = String.format(Locale.ROOT, "%02d%02d%02d%03d%d", born.getYear() % 100, month, born.getDayOfMonth(),
				random.between(0, 999), sexDigit);
		return body + CheckDigits.weightedMod10(body, 1, 3, 7, 9);
	}

	/** Swedish personnummer YYMMDDNNNC: birth date, serial (odd for men), Luhn digit over the nine before it. */
	public static String swedishPersonnummer(boolean female, LocalDate born, SeededRandom random) {
		int serial = random.between(0, 99) * 10 + random.between(0, 4) * 2 + (female ? 0 : 1);
		String body = String.format(Locale.ROOT, "%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(),
				born.getDayOfMonth(), serial);
		return body + CheckDigits.luhn(body);
	}

	/** Portuguese NIF: nine digits, first 1–3 for individuals, mod-11 check digit. */
	public static String portugueseNif(SeededRandom random) {
		String body = random.between(1, 3) + random.digits(7);
		return body + CheckDigits.mod11(body, 9, 8, 7, 6, 5, 4, 3, 2);
	}

	/** Canadian SIN: nine digits, province-coded first digit, Luhn check. */
	public static String canadianSin(SeededRandom random) {
		String body = random.between(1, 7) + random.digits(7);
		return body + CheckDigits.luhn(body);
	}

	/** Australian tax file number: nine digits whose weighted sum (weights 1, 4, 3, 7, 5, 8, 6, 9, 10) is divisible by 11. */
	public static String australianTfn(SeededRandom random) {
		return withMod11Digit(random, 9, 1, 4, 3, 7, 5, 8, 6, 9);
	}

	/** Japanese Individual Number (My Number): eleven digits and a weighted mod-11 check digit. */
	public static String japaneseMyNumber(SeededRandom random) {
		String body = random.between(1, 9) + random.digits(10);
		return body + CheckDigits.mod11(body, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2);
	}

	/** Brazilian CPF: nine digits (not all equal) and two mod-11 check digits. */
	public static String brazilianCpf(SeededRandom random) {
		String digits = random.digits(9);
		if (digits.charAt(0) == digits.charAt(1)) {
			digits = (char) ('0' + (digits.charAt(0) - '0' + 1) % 10) + digits.substring(1);
		}
		String first = digits + CheckDigits.mod11(digits, 10, 9, 8, 7, 6, 5, 4, 3, 2);
		return first + CheckDigits.mod11(first, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2);
	}

	/** Indian Aadhaar: twelve digits, the first 2–9, a Verhoeff check digit. */
	public static String indianAadhaar(SeededRandom random) {
		String body = random.between(2, 9) + random.digits(10);
		return body + CheckDigits.verhoeff(body);
	}

	/** US National Provider Identifier: ten digits starting 1 or 2, Luhn over the number prefixed with 80840. */
	public static String usNpi(SeededRandom random) {
		String body = random.pick(new String[] {"1", "2"}) + random.digits(8);
		return body + CheckDigits.luhn("80840" + body);
	}

	/**
	 * Eight digits (the first from 1 to {@code firstAtMost}) and, as the ninth, their weighted sum
	 * mod 11, drawn again until that is a single digit. A ninth weight of −1 or 10 (≡ −1 mod 11)
	 * then cancels the sum: the Dutch elfproef and the Australian TFN.
	 */
	private static String withMod11Digit(SeededRandom random, int firstAtMost, int... weights) {
		while (true) {
			String body = random.between(1, firstAtMost) + random.digits(7);
			int last = CheckDigits.weightedSum(body, weights) % 11;
			if (last <= 9) {
				return body + last;
			}
		}
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
		return AsciiFolding.fold(name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
	}

	private static String consonants(String letters) {
		return letters.replaceAll("[AEIOU]", "");
	}

	private static String vowels(String letters) {
		return letters.replaceAll("[^AEIOU]", "");
	}
}
