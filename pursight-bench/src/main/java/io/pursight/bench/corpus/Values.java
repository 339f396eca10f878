package io.pursight.bench.corpus;

import io.pursight.synthetic.SeededRandom;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Value generators shared by the datasets: contact details, credentials, codes, amounts, dates and text. */
public final class Values {
	private static final List<String> MAIL_DOMAINS = ResourceLists.lines("mail-domains.txt");
	private static final List<String> JOB_TITLES = ResourceLists.lines("job-titles.txt");
	private static final List<String> COMPANIES = ResourceLists.lines("companies.txt");
	private static final List<String> LOREM = ResourceLists.lines("lorem.txt");
	private static final String BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	private static final String BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private Values() {
	}

	/** A private address at a public provider: {@code anna.mueller84@gmx.de}, {@code wei_chen@qq.com}. */
	public static String privateEmail(Person p, SeededRandom random) {
		return localPart(p, random) + "@" + random.pick(MAIL_DOMAINS);
	}

	/** A work address at the company's domain: {@code a.mueller@acme-corp.com}. */
	public static String workEmail(Person p, String domain, SeededRandom random) {
		return switch (random.between(0, 2)) {
			case 0 -> p.asciiGiven() + "." + p.asciiFamily() + "@" + domain;
			case 1 -> p.asciiGiven().charAt(0) + "." + p.asciiFamily() + "@" + domain;
			default -> p.asciiGiven().charAt(0) + p.asciiFamily() + "@" + domain;
		};
	}

	private static String localPart(Person p, SeededRandom random) {
		String year = Integer.toString(p.born().getYear() % 100);
		return switch (random.between(0, 5)) {
			case 0 -> p.asciiGiven() + "." + p.asciiFamily();
			case 1 -> p.asciiGiven() + p.asciiFamily() + year;
			case 2 -> p.asciiGiven() + "_" + p.asciiFamily();
			case 3 -> p.asciiGiven().charAt(0) + p.asciiFamily() + random.between(1, 999);
			case 4 -> p.asciiFamily() + "." + p.asciiGiven().charAt(0);
			default -> p.asciiGiven() + random.between(1970, 2005);
		};
	}

	/** A login handle: {@code jdoe}, {@code maria.garcia}, {@code kenji_t42}. */
	public static String username(Person p, SeededRandom random) {
		return switch (random.between(0, 3)) {
			case 0 -> p.asciiGiven().charAt(0) + p.asciiFamily();
			case 1 -> p.asciiGiven() + "." + p.asciiFamily();
			case 2 -> p.asciiGiven() + "_" + p.asciiFamily().charAt(0) + random.between(1, 99);
			default -> p.asciiFamily() + p.asciiGiven().substring(0, Math.min(3, p.asciiGiven().length()));
		};
	}

	/** A bcrypt hash as stored by most web frameworks (random salt and digest characters). */
	public static String bcrypt(SeededRandom random) {
		return "$2" + random.pick(new String[] {"a", "b", "y"}) + "$" + random.pick(new String[] {"10", "12"}) + "$"
				+ random.lettersOf(BCRYPT, 53);
	}

	/** A stored password as frameworks write it: bcrypt, argon2id or Django's PBKDF2. */
	public static String passwordHash(SeededRandom random) {
		return switch (random.between(0, 2)) {
			case 0 -> bcrypt(random);
			case 1 -> "$argon2id$v=19$m=65536,t=3,p=4$" + base62(random, 22) + "$" + base62(random, 43);
			default -> "pbkdf2_sha256$600000$" + base62(random, 22) + "$" + base62(random, 43) + "=";
		};
	}

	/** Lower-case hex of {@code bytes} random bytes: checksums, content hashes, commit ids. */
	public static String hex(SeededRandom random, int bytes) {
		byte[] b = new byte[bytes];
		for (int i = 0; i < bytes; i++) {
			b[i] = (byte) random.between(0, 255);
		}
		return HexFormat.of().formatHex(b);
	}

	public static String base62(SeededRandom random, int length) {
		return random.lettersOf(BASE62, length);
	}

	public static String upper(SeededRandom random, int length) {
		return random.lettersOf(UPPER, length);
	}

	/** A SWIFT/BIC: bank letters, country, location and sometimes a branch. */
	public static String bic(String country, SeededRandom random) {
		String location = random.lettersOf("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 2);
		return upper(random, 4) + country + location + (random.chance(0.4) ? "XXX" : random.chance(0.3) ? upper(random, 3) : "");
	}

	public static String jobTitle(SeededRandom random) {
		return random.pick(JOB_TITLES);
	}

	public static String company(SeededRandom random) {
		return random.pick(COMPANIES);
	}

	/**
	 * An organisation name: one of the list, or made of a family name, a line of business and a legal form of its
	 * country ({@code Okafor Logistics Ltd}, {@code Schneider Präzisionstechnik GmbH}).
	 */
	public static String organization(SeededRandom random) {
		if (random.chance(0.3)) {
			return company(random);
		}
		Person founder = People.draw(random);
		String business = random.pick(new String[] {"Logistics", "Consulting", "Software", "Trading", "Foods", "Engineering",
				"Textiles", "Partners", "Healthcare", "Solar", "Media", "Holdings"});
		String form = switch (founder.country()) {
			case "DE", "AT", "CH" -> random.pick(new String[] {"GmbH", "AG", "GmbH & Co. KG"});
			case "FR", "BE" -> random.pick(new String[] {"SARL", "SAS", "SA"});
			case "ES", "MX", "AR", "CO", "CL", "PE" -> random.pick(new String[] {"S.A.", "S.L.", "S.A. de C.V."});
			case "BR", "PT" -> random.pick(new String[] {"Ltda", "S.A.", "Lda"});
			case "IT" -> random.pick(new String[] {"S.r.l.", "S.p.A."});
			case "NL" -> "B.V.";
			case "IN" -> random.pick(new String[] {"Pvt Ltd", "Ltd"});
			case "JP" -> "K.K.";
			case "PL" -> "sp. z o.o.";
			case "SE", "NO", "DK", "FI" -> random.pick(new String[] {"AB", "AS", "A/S", "Oy"});
			case "US", "CA" -> random.pick(new String[] {"Inc.", "LLC", "Corp."});
			default -> random.pick(new String[] {"Ltd", "Limited", "Co."});
		};
		return founder.family() + " " + business + " " + form;
	}

	/** One to {@code sentences} lorem ipsum sentences. */
	public static String lorem(SeededRandom random, int sentences) {
		StringBuilder out = new StringBuilder(random.pick(LOREM));
		for (int i = random.between(1, sentences); i > 1; i--) {
			out.append(' ').append(random.pick(LOREM));
		}
		return out.toString();
	}

	/** An amount between the bounds with two decimals. */
	public static BigDecimal amount(SeededRandom random, double low, double high) {
		return BigDecimal.valueOf(random.between(low, high)).setScale(2, RoundingMode.HALF_UP);
	}

	/** A day between the two, both inclusive. */
	public static LocalDate date(SeededRandom random, LocalDate from, LocalDate to) {
		return from.plusDays(random.between(0L, to.toEpochDay() - from.toEpochDay()));
	}

	public static LocalDateTime timestamp(SeededRandom random, LocalDate from, LocalDate to) {
		return date(random, from, to).atTime(random.between(0, 23), random.between(0, 59), random.between(0, 59));
	}

	/** A date written as text in a pattern such as {@code MM/dd/yyyy}, {@code dd.MM.yyyy} or {@code yyyy-MM-dd}. */
	public static String dateText(LocalDate date, String pattern) {
		return date.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
	}

	/** Fills {@code {name}}, {@code {email}}, {@code {phone}}… placeholders of a text template. */
	public static String fill(String template, String... keysAndValues) {
		String out = template;
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			out = out.replace("{" + keysAndValues[i] + "}", keysAndValues[i + 1]);
		}
		return out;
	}
}
