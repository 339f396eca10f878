package io.pursight.bench.corpus;

import io.pursight.synthetic.SeededRandom;
import java.util.List;
import java.util.Locale;

/**
 * Business identifiers that are not about a person: product names and SKUs, order and tracking numbers,
 * versions, tariff codes. They are the hard negatives of a schema: digits, letters and check digits in shapes
 * close to personal ids.
 */
public final class Codes {
	private static final List<String[]> PRODUCTS = ResourceLists.rows("products.tsv");

	private Codes() {
	}

	/** A product name such as {@code Merino Wool Hoodie}, from {@code products.tsv}. */
	public static String productName(SeededRandom random) {
		String[] category = random.pick(PRODUCTS);
		String adjective = random.pick(category[2].split(","));
		String noun = random.pick(category[1].split(","));
		return Character.toUpperCase(adjective.charAt(0)) + adjective.substring(1) + " " + noun;
	}

	/** A category id of {@code products.tsv}. */
	public static String category(SeededRandom random) {
		return random.pick(PRODUCTS)[0];
	}

	/** A product description of two or three sentences, without any personal data. */
	public static String productDescription(SeededRandom random) {
		String[] category = random.pick(PRODUCTS);
		String[] adjectives = category[2].split(",");
		String noun = random.pick(category[1].split(",")).toLowerCase(Locale.ROOT);
		String adjective = random.pick(adjectives);
		String article = "aeiou".indexOf(adjective.charAt(0)) >= 0 ? "An " : "A ";
		return article + adjective + " " + noun + " made to last. " + switch (random.between(0, 3)) {
			case 0 -> "Machine washable at 30 °C; dries in under an hour.";
			case 1 -> "Ships in plastic-free packaging. " + random.between(2, 5) + "-year warranty.";
			case 2 -> "Weighs only " + random.between(90, 1900) + " g and packs flat.";
			default -> "Available in " + random.between(2, 9) + " colours.";
		};
	}

	/** A stock keeping unit: {@code HO-MRN-0421-BLK}, {@code 10042377}, {@code APL-TSH-M}. */
	public static String sku(String category, SeededRandom random) {
		String prefix = category.substring(0, 2).toUpperCase(Locale.ROOT);
		return prefix + "-" + Values.upper(random, 3) + "-" + String.format(Locale.ROOT, "%04d", random.between(1, 9999))
				+ "-" + random.pick(new String[] {"BLK", "WHT", "NAV", "GRN", "XS", "S", "M", "L", "XL", "STD"});
	}

	/** A parcel tracking number of UPS, DHL, USPS, a UPU postal item or DPD, as the carriers print them. */
	public static String trackingNumber(SeededRandom random) {
		return switch (random.between(0, 4)) {
			case 0 -> "1Z" + Values.upper(random, 3) + random.digits(3) + random.pick(new String[] {"01", "02", "03"})
					+ random.digits(8);
			case 1 -> "JD01" + random.digits(16);
			case 2 -> "9400" + random.digits(18);
			case 3 -> Values.upper(random, 2) + random.digits(9) + random.pick(new String[] {"DE", "GB", "FR", "NL", "CN"});
			default -> "0" + random.digits(13);
		};
	}

	/** A release version: {@code 3.12.1}, {@code 2024.3.0-rc2}. */
	public static String version(SeededRandom random) {
		String version = random.between(0, 12) + "." + random.between(0, 40) + "." + random.between(0, 25);
		return random.chance(0.15) ? version + "-" + random.pick(new String[] {"rc1", "rc2", "beta", "SNAPSHOT"}) : version;
	}

	/** A customs tariff (HS) code: {@code 6109.10.00}. */
	public static String hsCode(SeededRandom random) {
		return random.between(10, 97) + random.digits(2) + "." + random.digits(2) + (random.chance(0.5) ? "." + random.digits(2) : "");
	}

	/** A measurement with its unit: {@code 30 x 20 x 15 cm}. */
	public static String dimensions(SeededRandom random) {
		return random.between(5, 120) + " x " + random.between(5, 80) + " x " + random.between(1, 60) + " cm";
	}
}
