package io.pursight.synthetic;

import java.util.Set;

/** Company identifiers: EU VAT numbers with the country prefix and, where the country has one, its check digits. */
public final class CompanyIds {

	/** The countries {@link #vatNumber} writes numbers for. */
	public static final Set<String> VAT_COUNTRIES = Set.of("DE", "BE", "IT", "AT");

	private CompanyIds() {
	}

	/** A compact VAT number of the country (one of {@link #VAT_COUNTRIES}), prefix included. */
	public static String vatNumber(String country, SeededRandom random) {
		return switch (country) {
			case "DE" -> {
				String body = random.between(1, 9) + random.digits(7);
				yield "DE" + body + CheckDigits.iso7064Mod11Of10(body);
			}
			case "BE" -> {
				String body = "0" + random.between(1_000_000, 9_999_999);
				yield "BE" + body + CheckDigits.complementMod97(Long.parseLong(body));
			}
			case "IT" -> {
				String body = random.digits(10);
				yield "IT" + body + CheckDigits.luhn(body);
			}
			case "AT" -> "ATU" + random.digits(8); // the Austrian check digit is not public
			default -> throw new IllegalArgumentException("no VAT layout for " + country + "; known: " + VAT_COUNTRIES);
		};
	}
}
