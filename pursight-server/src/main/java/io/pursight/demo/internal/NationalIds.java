package io.pursight.demo.internal;

import io.pursight.demo.internal.People.Person;
import io.pursight.synthetic.Grouping;
import io.pursight.synthetic.SeededRandom;

import static io.pursight.synthetic.NationalIds.australianTfn;
import static io.pursight.synthetic.NationalIds.brazilianCpf;
import static io.pursight.synthetic.NationalIds.canadianSin;
import static io.pursight.synthetic.NationalIds.frenchNir;
import static io.pursight.synthetic.NationalIds.germanTaxId;
import static io.pursight.synthetic.NationalIds.irishPpsn;
import static io.pursight.synthetic.NationalIds.italianFiscalCode;
import static io.pursight.synthetic.NationalIds.japaneseMyNumber;
import static io.pursight.synthetic.NationalIds.polishPesel;
import static io.pursight.synthetic.NationalIds.portugueseNif;
import static io.pursight.synthetic.NationalIds.spanishDni;
import static io.pursight.synthetic.NationalIds.spanishNie;
import static io.pursight.synthetic.NationalIds.swedishPersonnummer;
import static io.pursight.synthetic.NationalIds.ukNino;
import static io.pursight.synthetic.NationalIds.usSsn;

/**
 * The national identification or tax number a person of each country holds, written in the
 * layouts people type. The numbers and their check digits come from {@link io.pursight.synthetic.NationalIds}.
 */
final class NationalIds {

	/** A number and the scheme it belongs to, e.g. {@code US_SSN}. */
	record NationalId(String type, String value) {
	}

	private static final char SPACE = ' ';

	private NationalIds() {
	}

	static NationalId of(Country country, Person person, SeededRandom random) {
		boolean female = person.female();
		return switch (country) {
			case US -> new NationalId("US_SSN", ssn(random));
			case GB -> new NationalId("UK_NINO", mostly(0.6, ukNino(random), SPACE, random, 2, 2, 2, 2, 1));
			case DE -> new NationalId("DE_STEUER_ID", mostly(0.7, germanTaxId(random), SPACE, random, 2, 3, 3, 3));
			case FR -> new NationalId("FR_NIR",
					mostly(0.6, frenchNir(female, person.birthDate(), random), SPACE, random, 1, 2, 2, 2, 3, 3, 2));
			case ES -> person.culture() == Culture.HISPANIC
					? new NationalId("ES_DNI", spanishDni(random))
					: new NationalId("ES_NIE", spanishNie(random));
			case IT -> new NationalId("IT_CODICE_FISCALE",
					italianFiscalCode(person.familyName(), person.givenName(), person.birthDate(), female, random));
			case NL -> new NationalId("NL_BSN", io.pursight.synthetic.NationalIds.dutchBsn(random));
			case IE -> new NationalId("IE_PPSN", irishPpsn(random));
			case PL -> new NationalId("PL_PESEL", polishPesel(female, person.birthDate(), random));
			case SE -> new NationalId("SE_PERSONNUMMER",
					Grouping.grouped(swedishPersonnummer(female, person.birthDate(), random), '-', 6, 4));
			case PT -> new NationalId("PT_NIF", portugueseNif(random));
			case CA -> new NationalId("CA_SIN", sin(random));
			case AU -> new NationalId("AU_TFN", mostly(0.5, australianTfn(random), SPACE, random, 3, 3, 3));
			case IN -> new NationalId("IN_PAN", pan(person, random));
			case JP -> new NationalId("JP_MY_NUMBER", mostly(0.5, japaneseMyNumber(random), SPACE, random, 4, 4, 4));
			case BR -> new NationalId("BR_CPF", cpf(random));
		};
	}

	/** The compact number with probability {@code compact}, else grouped (the draw follows the number's own). */
	private static String mostly(double compact, String number, char separator, SeededRandom random, int... groups) {
		return random.chance(compact) ? number : Grouping.grouped(number, separator, groups);
	}

	/** US SSN, mostly written 000-00-0000. */
	private static String ssn(SeededRandom random) {
		String ssn = usSsn(random);
		return random.chance(0.8) ? Grouping.grouped(ssn, '-', 3, 2, 4) : ssn;
	}

	/** Canadian SIN in threes, with spaces, dashes or nothing between them. */
	private static String sin(SeededRandom random) {
		String sin = canadianSin(random);
		String separator = random.pick(new String[] {" ", "-", ""});
		return sin.substring(0, 3) + separator + sin.substring(3, 6) + separator + sin.substring(6);
	}

	/** Brazilian CPF, mostly written 000.000.000-00. */
	private static String cpf(SeededRandom random) {
		String cpf = brazilianCpf(random);
		return random.chance(0.7)
				? cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9)
				: cpf;
	}

	/** Indian PAN (no check digit): five letters (fourth P for a person, fifth the surname's initial), four digits, a letter. */
	private static String pan(Person person, SeededRandom random) {
		String letters = People.foldToAscii(person.familyName()).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "");
		char initial = letters.isEmpty() ? 'X' : letters.charAt(0);
		return random.lettersOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3) + "P" + initial + random.digits(4)
				+ random.letterOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
	}
}
