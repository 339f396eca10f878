package io.pursight.demo.internal;

import io.pursight.synthetic.AsciiFolding;
import io.pursight.synthetic.SeededRandom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Invents people: a name from a naming tradition, a sex, a plausible birth date and a unique e-mail address. */
final class People {

	/** A synthetic person; no field describes anyone real. */
	record Person(Culture culture, boolean female, String givenName, String familyName, LocalDate birthDate) {

		String fullName() {
			return givenName + " " + familyName;
		}
	}

	/** Reserved example domains (RFC 2606), so no generated address can reach a real mailbox. */
	private static final String[] PERSONAL_DOMAINS = {"example.com", "example.net", "example.org", "mail.example.com",
			"inbox.example.net", "post.example.org", "webmail.example.com"};

	private static final Pattern NOT_LOWER_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

	private final SeededRandom random;
	private final LocalDate today;
	private final Set<String> emailsInUse = new HashSet<>();

	People(SeededRandom random, LocalDate today) {
		this.random = random;
		this.today = today;
	}

	/** Someone whose age on {@code today} lies in {@code [minAge, maxAge]}, most often near {@code typicalAge}. */
	Person person(Culture culture, int minAge, int typicalAge, int maxAge) {
		boolean female = random.chance(0.5);
		String given = culture.givenName(female, random);
		String family = culture.familyName(female, random);
		int age = (int) random.gaussian(typicalAge, (maxAge - minAge) / 4.0, minAge, maxAge);
		LocalDate birthDate = today.minusYears(age).minusDays(random.between(1, 364));
		return new Person(culture, female, given, family, birthDate);
	}

	/** A personal address at one of the reserved example domains, unique among all handed out. */
	String personalEmail(Person person) {
		String first = ascii(person.givenName());
		String last = ascii(person.familyName());
		String local = switch (random.between(0, 7)) {
			case 0, 1 -> first + "." + last;
			case 2 -> first + last;
			case 3 -> first.charAt(0) + last;
			case 4 -> first + "_" + last;
			case 5 -> first + "." + last + random.between(1, 99);
			case 6 -> last + "." + first;
			default -> first + person.birthDate().getYear();
		};
		if (random.chance(0.03)) {
			local = local + "+shop";
		}
		String email = unique(local, random.pick(PERSONAL_DOMAINS));
		// people type their address with capitals now and then; the store keeps what they typed
		return random.chance(0.03) ? capitalised(email) : email;
	}

	/** A work address {@code given.family@domain}, unique among all handed out. */
	String workEmail(Person person, String domain) {
		return unique(ascii(person.givenName()) + "." + ascii(person.familyName()), domain);
	}

	private String unique(String local, String domain) {
		String candidate = local + "@" + domain;
		for (int n = 2; !emailsInUse.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = local + n + "@" + domain;
		}
		return candidate;
	}

	private static String capitalised(String email) {
		var out = new StringBuilder(email);
		out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
		int dot = email.indexOf('.');
		if (dot > 0 && dot + 1 < email.indexOf('@')) {
			out.setCharAt(dot + 1, Character.toUpperCase(out.charAt(dot + 1)));
		}
		return out.toString();
	}

	/** Lower-case ASCII letters and digits of a name: "Ó Súilleabháin" becomes "osuilleabhain". */
	static String ascii(String name) {
		return NOT_LOWER_ALPHANUMERIC.matcher(foldToAscii(name).toLowerCase(Locale.ROOT)).replaceAll("");
	}

	/** The name with its accents and special letters replaced by plain ASCII ones, case kept. */
	static String foldToAscii(String name) {
		return AsciiFolding.fold(name);
	}
}
