package io.pursight.bench.corpus;

import io.pursight.synthetic.BankAccounts;
import io.pursight.synthetic.CheckDigits;
import io.pursight.synthetic.Grouping;
import io.pursight.synthetic.NationalIds;
import io.pursight.synthetic.SeededRandom;
import java.util.List;

/**
 * Values as a German, Austrian or Swiss application stores them: telephone numbers in the DIN 5008 and older
 * office spellings, tax ids with and without spaces, IBANs of the three countries, French social security
 * numbers, and the customers of such a business (mostly German-named, also the other communities living there).
 */
final class GermanValues {
	static final List<String[]> ARTIKEL = ResourceLists.rows("de_app-artikel.tsv");
	private static final String[] DE_CULTURES = {"german", "german", "german", "german", "german", "german", "turkish",
			"polish", "eastslavic", "italian", "arabic", "greek"};
	private static final String[] DACH = {"DE", "DE", "DE", "DE", "DE", "DE", "DE", "AT", "AT", "CH"};
	private static final String[] FR_CULTURES = {"french", "french", "french", "french", "french", "arabic", "portuguese",
			"vietnamese", "spanish"};

	private GermanValues() {
	}

	/** A customer of a business in Germany, Austria or Switzerland. */
	static Person dachPerson(SeededRandom random) {
		return People.draw(random.pick(DE_CULTURES), random.pick(DACH), random);
	}

	/** A customer of a business in France. */
	static Person frenchPerson(SeededRandom random) {
		return People.draw(random.pick(FR_CULTURES), "FR", random);
	}

	/**
	 * A telephone number as German-speaking users type it: {@code +49 30 12345678}, {@code 030/1234567},
	 * {@code 0171-2345678}, {@code (0 89) 12 34 56}, {@code +49 (0)171 2345678}, Austrian and Swiss likewise.
	 */
	static String telefon(String country, boolean mobile, SeededRandom random) {
		String code = switch (country) {
			case "AT" -> "43";
			case "CH" -> "41";
			default -> "49";
		};
		String area = switch (country) {
			case "AT" -> mobile ? random.pick(new String[] {"664", "660", "676", "699"}) : random.pick(new String[] {"1", "316",
					"732", "662", "512"});
			case "CH" -> mobile ? random.pick(new String[] {"76", "77", "78", "79"}) : random.pick(new String[] {"44", "22", "61",
					"31", "21"});
			default -> mobile ? random.pick(new String[] {"151", "160", "170", "171", "176", "1520"}) : random.pick(
					new String[] {"30", "40", "89", "221", "69", "711", "211", "341", "351", "911"});
		};
		String subscriber = random.digits(mobile ? 7 : 11 - area.length() - random.between(0, 2));
		if (country.equals("CH")) {
			String grouped = subscriber.length() >= 7 ? Grouping.grouped(subscriber.substring(0, 7), ' ', 3, 2, 2) : subscriber;
			return random.chance(0.5) ? "+41 " + area + " " + grouped : "0" + area + " " + grouped;
		}
		return switch (random.between(0, 5)) {
			case 0 -> "+" + code + " " + area + " " + subscriber;
			case 1 -> "0" + area + "/" + subscriber;
			case 2 -> "0" + area + "-" + subscriber;
			case 3 -> "(0 " + area + ") " + Grouping.inGroupsOf(subscriber, 2, ' ');
			case 4 -> "+" + code + " (0)" + area + " " + subscriber;
			default -> "0" + area + " " + subscriber;
		};
	}

	/** A German tax id (Steuer-ID) as typed: compact or in the 2-3-3-3 groups of the tax office's letter. */
	static String steuerId(SeededRandom random) {
		String id = NationalIds.germanTaxId(random);
		return random.chance(0.35) ? Grouping.grouped(id, ' ', 2, 3, 3, 3) : id;
	}

	/** An IBAN of the customer's country: German and Swiss from the synthetic generator, Austrian built here. */
	static String iban(String country, SeededRandom random) {
		String iban = country.equals("AT") ? austrianIban(random) : BankAccounts.iban(country, random);
		return random.chance(0.4) ? BankAccounts.printed(iban) : iban;
	}

	/** AT, check digits, a five-digit bank code and an eleven-digit account (ISO 13616 check only). */
	private static String austrianIban(SeededRandom random) {
		String bban = random.pick(new String[] {"12000", "20111", "14000", "32000", "60000"}) + random.digits(11);
		return "AT" + CheckDigits.iso7064Mod97(bban + "AT") + bban;
	}

	/** A French NIR, compact or spaced as on the carte Vitale: {@code 2 84 05 75 112 345 67}. */
	static String nir(Person p, SeededRandom random) {
		String nir = NationalIds.frenchNir(p.female(), p.born(), random);
		return random.chance(0.5) ? Grouping.grouped(nir, ' ', 1, 2, 2, 2, 3, 3, 2) : nir;
	}

	/** A French telephone number: {@code 06 12 34 56 78}, {@code 06.12.34.56.78} or {@code +33 6 12 34 56 78}. */
	static String frenchPhone(SeededRandom random) {
		String number = random.pick(new String[] {"1", "2", "3", "4", "5", "6", "6", "7", "9"}) + random.digits(8);
		return switch (random.between(0, 2)) {
			case 0 -> "0" + Grouping.grouped(number, ' ', 1, 2, 2, 2, 2);
			case 1 -> "0" + Grouping.grouped(number, '.', 1, 2, 2, 2, 2);
			default -> "+33 " + Grouping.grouped(number, ' ', 1, 2, 2, 2, 2);
		};
	}
}
