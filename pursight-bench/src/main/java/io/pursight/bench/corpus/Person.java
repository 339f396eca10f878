package io.pursight.bench.corpus;

import io.pursight.synthetic.AsciiFolding;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A made-up person: names from one naming culture, the country they live in, sex and birth date.
 *
 * @param middle a second given name, or null (most people have none in the data)
 */
public record Person(String culture, String given, String middle, String family, boolean female, String country,
		LocalDate born) {

	/** Given name then family name, as most forms store a display name. */
	public String fullName() {
		return given + " " + family;
	}

	/** Family name first, as East Asian names and many registries write them: {@code Tanaka Yuki}, {@code SMITH, John}. */
	public String familyFirst() {
		return family + " " + given;
	}

	/** The names folded to lower-case ASCII without spaces or punctuation, for logins and e-mail local parts. */
	public String asciiGiven() {
		return fold(given);
	}

	public String asciiFamily() {
		return fold(family);
	}

	public String initials() {
		return given.substring(0, 1) + family.substring(0, 1);
	}

	private static String fold(String name) {
		return AsciiFolding.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}
}
