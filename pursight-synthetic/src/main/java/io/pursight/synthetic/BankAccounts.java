package io.pursight.synthetic;

import java.util.Set;

/**
 * Bank account identifiers: IBANs with each country's length, real bank codes and national check
 * digits under the ISO 13616 check digits, and US ABA routing numbers.
 */
public final class BankAccounts {

	/** The countries {@link #iban} writes IBANs for. */
	public static final Set<String> IBAN_COUNTRIES = Set.of("DE", "GB", "IE", "FR", "ES", "IT", "NL", "PL", "SE", "PT",
			"BE", "CH");

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
	private static final String[] BE_BANKS = {"001", "068", "310", "363", "539", "735"};
	private static final String[] CH_BANKS = {"00762", "00230", "00700", "08390", "80808"};

	private BankAccounts() {
	}

	/** A compact IBAN of the country (one of {@link #IBAN_COUNTRIES}). */
	public static String iban(String country, SeededRandom random) {
		String bban = switch (country) {
			case "DE" -> random.pick(DE_BANKS) + random.digits(10);
			case "GB" -> random.pick(GB_BANKS) + random.digits(6) + random.digits(8);
			case "IE" -> random.pick(IE_BANKS) + random.digits(4) + random.digits(8);
			case "FR" -> frenchBban(random);
			case "ES" -> spanishBban(random);
			case "IT" -> italianBban(random);
			case "NL" -> random.pick(NL_BANKS) + dutchAccount(random);
			case "PL" -> polishSortCode(random) + random.digits(16);
			case "SE" -> random.pick(SE_BANKS) + "0000" + random.digits(13);
			case "PT" -> portugueseBban(random);
			case "BE" -> belgianBban(random);
			case "CH" -> random.pick(CH_BANKS) + random.digits(12);
			default -> throw new IllegalArgumentException("no IBAN layout for " + country + "; known: " + IBAN_COUNTRIES);
		};
		return country + CheckDigits.iso7064Mod97(bban + country) + bban;
	}

	/** The IBAN in groups of four, as printed on statements. */
	public static String printed(String iban) {
		return Grouping.inGroupsOf(iban, 4, ' ');
	}

	/** A US bank routing (ABA) number: a Federal Reserve prefix, six digits and the 3-7-1 weighted check digit. */
	public static String abaRouting(SeededRandom random) {
		int prefix = random.chance(0.8) ? random.between(1, 12) : random.between(21, 32);
		String body = CheckDigits.twoDigits(prefix) + random.digits(6);
		return body + CheckDigits.weightedMod10(body, 3, 7, 1);
	}

	/** Bank, branch, account and the RIB key: 97 − (89·bank + 15·branch + 3·account) mod 97. */
	private static String frenchBban(SeededRandom random) {
		String bank = random.pick(FR_BANKS);
		String branch = random.digits(5);
		String account = random.digits(11);
		long weighted = 89 * Long.parseLong(bank) + 15 * Long.parseLong(branch) + 3 * Long.parseLong(account);
		return bank + branch + account + CheckDigits.complementMod97(weighted);
	}

	/** Entity, office, the two "dígitos de control", account. */
	private static String spanishBban(SeededRandom random) {
		String entityOffice = random.pick(ES_BANKS) + random.digits(4);
		String account = random.digits(10);
		return entityOffice + spanishControl("00" + entityOffice) + spanishControl(account) + account;
	}

	private static int spanishControl(String tenDigits) {
		int control = 11 - CheckDigits.weightedSum(tenDigits, 1, 2, 4, 8, 5, 10, 9, 7, 3, 6) % 11;
		return control == 11 ? 0 : control == 10 ? 1 : control;
	}

	/** CIN letter, ABI, CAB, twelve-digit account. */
	private static String italianBban(SeededRandom random) {
		String rest = random.pick(IT_BANKS) + random.digits(5) + random.digits(12);
		return CheckDigits.italianCheckLetter(rest) + rest;
	}

	/** A ten-digit account passing the old Dutch "elfproef" (weights 10 to 1, a multiple of 11). */
	private static String dutchAccount(SeededRandom random) {
		while (true) {
			String account = random.digits(10);
			if (CheckDigits.weightedSum(account, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1) % 11 == 0) {
				return account;
			}
		}
	}

	/** Bank, branch and the sort code's own weighted check digit. */
	private static String polishSortCode(SeededRandom random) {
		String body = random.pick(PL_BANKS) + random.digits(4);
		return body + CheckDigits.weightedMod10(body, 3, 9, 7, 1);
	}

	/** Bank, branch, account and the NIB check digits (ISO 7064 MOD 97-10). */
	private static String portugueseBban(SeededRandom random) {
		String body = random.pick(PT_BANKS) + random.digits(4) + random.digits(11);
		return body + CheckDigits.iso7064Mod97(body);
	}

	/** Bank, account and the check: the first ten digits mod 97, where 0 is written 97. */
	private static String belgianBban(SeededRandom random) {
		String body = random.pick(BE_BANKS) + random.digits(7);
		int remainder = CheckDigits.mod97(body);
		return body + CheckDigits.twoDigits(remainder == 0 ? 97 : remainder);
	}
}
