package io.pursight.bench.corpus;

import io.pursight.synthetic.CheckDigits;
import io.pursight.synthetic.SeededRandom;
import java.util.List;

/**
 * Values of a parcel carrier: tracking numbers in the shapes carriers print (UPS, DHL, UPU S10 postal items),
 * SSCC pallet labels, HS tariff codes, licence plates of several countries and US driver licence numbers.
 */
final class FreightValues {
	static final List<String[]> HUBS = ResourceLists.rows("logistics-hubs.tsv");
	static final List<String> CONTENTS = ResourceLists.lines("logistics-contents.txt");
	private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
	private static final String[] DE_DISTRICTS = {"B", "HH", "M", "K", "F", "S", "DO", "HB", "OF", "WI", "MZ", "LB"};

	private FreightValues() {
	}

	/** A tracking number of one of the carriers the shipper uses, each in its own layout. */
	static String trackingNumber(SeededRandom random) {
		return switch (random.between(0, 3)) {
			case 0 -> "1Z" + random.lettersOf("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 6) + random.pick(new String[] {"01", "02", "03",
					"13"}) + random.digits(8);
			case 1 -> random.digits(10);
			case 2 -> s10(random);
			default -> "JJD" + random.digits(18);
		};
	}

	/** A UPU S10 postal item id: service letters, eight digits, the weighted mod-11 check digit, origin country. */
	static String s10(SeededRandom random) {
		String serial = random.digits(8);
		int sum = CheckDigits.weightedSum(serial, 8, 6, 4, 2, 3, 5, 9, 7);
		int check = 11 - sum % 11;
		check = check == 10 ? 0 : check == 11 ? 5 : check;
		return random.pick(new String[] {"RR", "CP", "LX", "EE"}) + serial + check + random.pick(new String[] {"DE", "NL", "GB",
				"FR", "CN", "US"});
	}

	/** A GS1 Serial Shipping Container Code: extension digit, company prefix, serial and the GS1 check digit. */
	static String sscc(SeededRandom random) {
		String body = random.digit() + "4012345" + random.digits(9);
		return body + CheckDigits.weightedMod10(body, 3, 1);
	}

	/** A Harmonized System tariff code as a customs line carries it: {@code 8471.30}, {@code 6109.10.00}. */
	static String hsCode(SeededRandom random) {
		String code = random.pick(new String[] {"8471", "6109", "4901", "8708", "0901", "6911", "8714", "3304", "9503",
				"9018", "8534", "6403", "2204"}) + "." + random.digits(2);
		return random.chance(0.4) ? code + "." + random.digits(2) : code;
	}

	/** A licence plate of the country as it is painted: {@code M-AB 1234}, {@code AB12 CDE}, {@code AB-123-CD}. */
	static String plate(String country, SeededRandom random) {
		return switch (country) {
			case "DE" -> random.pick(DE_DISTRICTS) + "-" + random.lettersOf(PLATE_LETTERS, random.between(1, 2)) + " "
					+ random.between(1, 9999) + (random.chance(0.05) ? "E" : "");
			case "GB" -> random.lettersOf(PLATE_LETTERS, 2) + random.digits(2) + " " + random.lettersOf(PLATE_LETTERS, 3);
			case "FR" -> random.lettersOf(PLATE_LETTERS, 2) + "-" + random.digits(3) + "-" + random.lettersOf(PLATE_LETTERS, 2);
			case "NL" -> random.digits(2) + "-" + random.lettersOf(PLATE_LETTERS, 3) + "-" + random.digit();
			case "ES" -> random.digits(4) + " " + random.lettersOf("BCDFGHJKLMNPRSTVWXYZ", 3);
			default -> random.between(1, 9) + random.lettersOf(PLATE_LETTERS, 3) + random.digits(3);
		};
	}

	/** A US driver licence number in the layout of the issuing state. */
	static String usDriverLicence(String state, SeededRandom random) {
		return switch (state) {
			case "CA" -> random.letterOf(PLATE_LETTERS) + random.digits(7);
			case "NY" -> random.digits(3) + " " + random.digits(3) + " " + random.digits(3);
			case "TX" -> random.between(1, 4) + random.digits(7);
			case "FL" -> random.letterOf(PLATE_LETTERS) + random.digits(3) + "-" + random.digits(3) + "-" + random.digits(2) + "-"
					+ random.digits(3) + "-" + random.digit();
			case "IL" -> random.letterOf(PLATE_LETTERS) + random.digits(3) + "-" + random.digits(4) + "-" + random.digits(4);
			default -> random.letterOf(PLATE_LETTERS) + random.digits(8);
		};
	}

	/** A position within about ten kilometres of a hub: the last GPS fix of a van on its round. */
	static double[] near(String[] hub, SeededRandom random) {
		double lat = Double.parseDouble(hub[5]) + random.gaussian(0, 0.05, -0.1, 0.1);
		double lon = Double.parseDouble(hub[6]) + random.gaussian(0, 0.07, -0.15, 0.15);
		return new double[] {Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6};
	}
}
