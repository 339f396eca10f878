package io.pursight.synthetic;

/** Serial numbers of things, with their check digits: vehicles (VIN), phones (IMEI), products (EAN-13). */
public final class Serials {

	private static final String VIN_CHARACTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
	private static final String VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789";
	private static final String[] VIN_MANUFACTURERS = {"1HG", "WVW", "JHM", "5YJ", "WBA", "1FT", "KMH", "VF1"};
	private static final String[] IMEI_REPORTING_BODIES = {"35", "86", "01", "99", "49"};

	private Serials() {
	}

	/** A 17-character VIN: a real manufacturer code, descriptor, check character, model year, plant, serial. */
	public static String vin(SeededRandom random) {
		String draft = random.pick(VIN_MANUFACTURERS) + random.lettersOf(VIN_CHARACTERS, 5) + "0"
				+ random.letterOf(VIN_YEARS) + random.letterOf(VIN_CHARACTERS) + random.digits(6);
		return draft.substring(0, 8) + CheckDigits.vin(draft) + draft.substring(9);
	}

	/** A 15-digit IMEI: reporting body, the rest of the type allocation code and serial, Luhn digit. */
	public static String imei(SeededRandom random) {
		String body = random.pick(IMEI_REPORTING_BODIES) + random.digits(12);
		return body + CheckDigits.luhn(body);
	}

	/** An EAN-13 (GTIN-13) barcode number starting with {@code prefix} (a GS1 country prefix, say). */
	public static String ean13(String prefix, SeededRandom random) {
		String body = prefix + random.digits(12 - prefix.length());
		return body + CheckDigits.weightedMod10(body, 1, 3);
	}
}
