package io.pursight.demo.internal;

/**
 * International bank account numbers for the countries that use them, with each country's
 * length, bank codes and national check digits, and the ISO 13616 mod-97 check digits.
 */
final class Ibans {

	private static final String[] DE_BANKS = {"10070000", "20050550", "37040044", "50010517", "70150000", "12030000", "43060967", "10010010"};
	private static final String[] GB_BANKS = {"NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"};
	private static final String[] IE_BANKS = {"AIBK93", "BOFI90", "IPBS99", "ULSB98"};
	private static final String[] FR_BANKS = {"30004", "30003", "20041", "30002", "10278", "17515"};
	private static final String[] ES_BANKS = {"2100", "0049", "0182", "0081", "2038", "1465"};
	private static final String[] IT_BANKS = {"03069", "02008", "05034", "01030", "03032"};
	private static final String[] NL_BANKS = {"ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"};
	private static final String[] PL_BANKS = {"102", "114", "105", "124", "109", "116"};
	private static final String[] SE_BANKS = {"500", "800", "600", "300", "950"};
	private static final String[] PT_BANKS = {"0007", "0035", "0033", "0010", "0018"};
	private static final int[] ES_WEIGHTS = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
	private static final int[] PL_WEIGHTS = {3, 9, 7, 1, 3, 9, 7};
	private static final int[] IT_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};

	private Ibans() {
	}

	/** Whether customers in this country pay by IBAN at all. */
	static boolean usedIn(Country country) {
		return switch (country) {
			case DE, GB, IE, FR, ES, IT, NL, PL, SE, PT -> true;
			default -> false;
		};
	}

	/** A compact (unspaced) IBAN of that country. */
	static String random(Country country, SeededRandom random) {
		String bban = switch (country) {
			case DE -> random.pick(DE_BANKS) + random.digits(10);
			case GB -> random.pick(GB_BANKS) + random.digits(6) + random.digits(8);
			case IE -> random.pick(IE_BANKS) + random.digits(4) + random.digits(8);
			case FR -> frenchBban(random);
			case ES -> spanishBban(random);
			case IT -> italianBban(random);
			case NL -> random.pick(NL_BANKS) + dutchAccount(random);
			case PL -> polishSortCode(random) + random.digits(16);
			case SE -> random.pick(SE_BANKS) + "0000" + random.digits(13);
			case PT -> portugueseBban(random);
			default -> throw new IllegalArgumentException(country + " does not use IBANs");
		};
		return country.name() + checkDigits(country.name(), bban) + bban;
	}

	/** The IBAN in groups of four, as printed on statements. */
	static String printed(String iban) {
		var out = new StringBuilder();
		for (int i = 0; i < iban.length(); i += 4) {
			if (i > 0) {
				out.append(' ');
			}
			out.append(iban, i, Math.min(iban.length(), i + 4));
		}
		return out.toString();
	}

	static String checkDigits(String countryCode, String bban) {
		int remainder = mod97(bban + countryCode + "00");
		return String.format("%02d", 98 - remainder);
	}

	/** The remainder mod 97 of a string of digits and letters, letters counting A=10 … Z=35. */
	static int mod97(String text) {
		int remainder = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c)) {
				remainder = (remainder * 10 + (c - '0')) % 97;
			}
			else {
				remainder = (remainder * 100 + (Character.toUpperCase(c) - 'A' + 10)) % 97;
			}
		}
		return remainder;
	}

	/** Bank, branch, account and the RIB key: 97 − (89·bank + 15·branch + 3·account) mod 97. */
	private static String frenchBban(SeededRandom random) {
		String bank = random.pick(FR_BANKS);
		String branch = random.digits(5);
		String account = random.digits(11);
		long sum = 89 * Long.parseLong(bank) + 15 * Long.parseLong(branch) + 3 * Long.parseLong(account);
		return bank + branch + account + String.format("%02d", 97 - sum % 97);
	}

	/** Entity, office, the two "dígitos de control", account. */
	private static String spanishBban(SeededRandom random) {
		String entityOffice = random.pick(ES_BANKS) + random.digits(4);
		String account = random.digits(10);
		return entityOffice + spanishControl("00" + entityOffice) + spanishControl(account) + account;
	}

	private static int spanishControl(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += (tenDigits.charAt(i) - '0') * ES_WEIGHTS[i];
		}
		int control = 11 - sum % 11;
		return control == 11 ? 0 : control == 10 ? 1 : control;
	}

	/** CIN letter, ABI, CAB, twelve-digit account. */
	private static String italianBban(SeededRandom random) {
		String rest = random.pick(IT_BANKS) + random.digits(5) + random.digits(12);
		int sum = 0;
		for (int i = 0; i < rest.length(); i++) {
			int value = rest.charAt(i) - '0';
			sum += i % 2 == 0 ? IT_ODD[value] : value;
		}
		return (char) ('A' + sum % 26) + rest;
	}

	/** A ten-digit account passing the old Dutch "elfproef". */
	private static String dutchAccount(SeededRandom random) {
		while (true) {
			String account = random.digits(10);
			int sum = 0;
			for (int i = 0; i < 10; i++) {
				sum += (account.charAt(i) - '0') * (10 - i);
			}
			if (sum % 11 == 0) {
				return account;
			}
		}
	}

	/** Bank, branch and the sort code's own weighted check digit. */
	private static String polishSortCode(SeededRandom random) {
		String body = random.pick(PL_BANKS) + random.digits(4);
		int sum = 0;
		for (int i = 0; i < 7; i++) {
			sum += (body.charAt(i) - '0') * PL_WEIGHTS[i];
		}
		return body + (10 - sum % 10) % 10;
	}

	/** Bank, branch, account and the NIB check digits: 98 − (number · 100) mod 97. */
	private static String portugueseBban(SeededRandom random) {
		String body = random.pick(PT_BANKS) + random.digits(4) + random.digits(11);
		return body + String.format("%02d", 98 - mod97(body + "00"));
	}
}
