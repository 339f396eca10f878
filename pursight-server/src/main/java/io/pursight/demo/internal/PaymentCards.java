package io.pursight.demo.internal;

import io.pursight.synthetic.PaymentCards.Brand;
import io.pursight.synthetic.SeededRandom;
import java.time.LocalDate;

/**
 * The cards in customers' wallets: a brand as common in their country, a number from
 * {@link io.pursight.synthetic.PaymentCards} written plain or grouped with spaces or dashes as people
 * type it, an expiry and a CVV.
 */
final class PaymentCards {

	/** A card as a customer's wallet holds it; it can be charged until the end of {@code validThrough}'s month. */
	record Card(String brand, String number, String expiry, String cvv, LocalDate validThrough) {

		boolean validOn(LocalDate day) {
			return !day.isAfter(validThrough);
		}
	}

	private static final Brand[] BRANDS = {Brand.VISA, Brand.MASTERCARD, Brand.AMEX, Brand.DISCOVER, Brand.JCB, Brand.DINERS, Brand.MAESTRO};
	private static final int[] DEFAULT_BRAND_WEIGHTS = {46, 32, 10, 4, 2, 2, 4};
	private static final int[] JAPAN_BRAND_WEIGHTS = {30, 20, 6, 1, 40, 2, 1};
	private static final int[] US_BRAND_WEIGHTS = {48, 30, 13, 7, 1, 1, 0};

	private PaymentCards() {
	}

	/** A card issued up to two years before {@code usedOn} and valid for three to five years from its issue. */
	static Card random(Country country, LocalDate usedOn, SeededRandom random) {
		int[] weights = switch (country) {
			case JP -> JAPAN_BRAND_WEIGHTS;
			case US, CA -> US_BRAND_WEIGHTS;
			default -> DEFAULT_BRAND_WEIGHTS;
		};
		Brand brand = BRANDS[random.weightedIndex(weights)];
		String number = io.pursight.synthetic.PaymentCards.number(brand, random);
		LocalDate expires = usedOn.minusMonths(random.between(0, 24)).plusMonths(random.between(36, 60));
		String expiry = String.format("%02d/%02d", expires.getMonthValue(), expires.getYear() % 100);
		String cvv = random.digits(brand == Brand.AMEX ? 4 : 3);
		return new Card(brand.name(), written(number, random), expiry, cvv, expires.withDayOfMonth(expires.lengthOfMonth()));
	}

	/** Most numbers are stored plain; some are grouped like the embossing, with spaces or dashes. */
	private static String written(String number, SeededRandom random) {
		double roll = random.between(0.0, 1.0);
		if (roll < 0.6) {
			return number;
		}
		return io.pursight.synthetic.PaymentCards.embossed(number, roll < 0.85 ? ' ' : '-');
	}
}
