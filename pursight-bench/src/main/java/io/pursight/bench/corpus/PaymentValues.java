package io.pursight.bench.corpus;

import io.pursight.synthetic.BankAccounts;
import io.pursight.synthetic.CheckDigits;
import io.pursight.synthetic.PaymentCards;
import io.pursight.synthetic.PaymentCards.Brand;
import io.pursight.synthetic.SeededRandom;
import java.time.LocalDate;
import java.util.List;

/**
 * Values of a card issuer and retail bank: card numbers as different systems store them, masked numbers, the
 * reference numbers of card and transfer processing, and accounts in the country's own scheme.
 */
final class PaymentValues {
	static final List<String[]> MERCHANTS = ResourceLists.rows("banking-merchants.tsv");
	static final List<String[]> MCC = ResourceLists.rows("banking-mcc.tsv");
	private static final Brand[] BRANDS = {Brand.VISA, Brand.VISA, Brand.VISA, Brand.MASTERCARD, Brand.MASTERCARD,
			Brand.MASTERCARD, Brand.AMEX, Brand.MAESTRO, Brand.DISCOVER, Brand.JCB};

	private PaymentValues() {
	}

	static Brand brand(SeededRandom random) {
		return random.pick(BRANDS);
	}

	static String pan(Brand brand, SeededRandom random) {
		return PaymentCards.number(brand, random);
	}

	/** A card number as some system stored it: compact, grouped with spaces as embossed, or with dashes. */
	static String written(String pan, SeededRandom random) {
		double roll = random.between(0.0, 1.0);
		return roll < 0.55 ? pan : roll < 0.85 ? PaymentCards.embossed(pan, ' ') : PaymentCards.embossed(pan, '-');
	}

	/** The truncated forms PCI DSS allows to display: first six and last four, or last four only. */
	static String masked(String pan, SeededRandom random) {
		String last4 = pan.substring(pan.length() - 4);
		return switch (random.between(0, 3)) {
			case 0 -> pan.substring(0, 6) + "*".repeat(pan.length() - 10) + last4;
			case 1 -> "**** **** **** " + last4;
			case 2 -> "XXXX-XXXX-XXXX-" + last4;
			default -> "*".repeat(pan.length() - 4) + last4;
		};
	}

	/** The card verification code printed on the card: four digits on American Express, three on the others. */
	static String cvv(Brand brand, SeededRandom random) {
		return random.digits(brand == Brand.AMEX ? 4 : 3);
	}

	/**
	 * An acquirer reference number: 23 digits (format code, acquirer BIN, Julian processing date, sequence) closed
	 * by a Luhn digit, so it passes the card check while being far longer than any card number.
	 */
	static String arn(LocalDate processed, SeededRandom random) {
		String body = random.pick(new String[] {"2", "7"}) + random.pick(new String[] {"412345", "455231", "540312", "498765"})
				+ (processed.getYear() % 10) + String.format("%03d", processed.getDayOfYear()) + random.digits(11);
		return body + CheckDigits.luhn(body);
	}

	/** A retrieval reference number: Julian date and a counter, twelve digits. */
	static String rrn(LocalDate processed, int counter) {
		return (processed.getYear() % 10) + String.format("%03d", processed.getDayOfYear()) + String.format("%08d", counter);
	}

	/** An authorisation code: six characters, mostly digits. */
	static String authCode(SeededRandom random) {
		return random.chance(0.7) ? random.digits(6) : random.lettersOf("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 6);
	}

	/** An IBAN for a holder living in {@code country}, or a German one for countries without an IBAN layout here. */
	static String iban(String country, SeededRandom random) {
		String iban = BankAccounts.iban(BankAccounts.IBAN_COUNTRIES.contains(country) ? country : "DE", random);
		return random.chance(0.25) ? BankAccounts.printed(iban) : iban;
	}

	/** A US checking account number: 8 to 12 digits, no check digit a reader could test. */
	static String usAccount(SeededRandom random) {
		return random.between(1, 9) + random.digits(random.between(7, 11));
	}
}
