package io.pursight.classifier.internal.dictionary;

/**
 * The shipped dictionaries, loaded once per class loader on first use. Origins are stated in
 * {@code resources/io/pursight/classifier/dictionary/README.md}.
 */
public final class Dictionaries {
	private static final String BASE = "/io/pursight/classifier/dictionary/";

	public final Dictionary givenNames = Dictionary.load("given names", BASE + "given-names.txt");
	public final Dictionary surnames = Dictionary.load("surnames", BASE + "surnames.txt");
	public final Dictionary cities = Dictionary.load("cities", BASE + "cities.txt");
	public final Dictionary countries = Dictionary.load("countries", BASE + "countries.tsv");
	public final Dictionary states = Dictionary.load("states and provinces", BASE + "states.tsv", 1);
	public final Dictionary jobWords = Dictionary.load("job title words", BASE + "job-words.txt");
	public final Dictionary legalForms = Dictionary.load("company legal forms", BASE + "legal-forms.txt");
	public final Dictionary streetWords = Dictionary.load("street words", BASE + "street-words.txt");
	public final Dictionary genderTerms = Dictionary.load("gender terms", BASE + "gender-terms.txt");
	public final Dictionary nameParticles = Dictionary.load("name particles", BASE + "name-particles.txt");

	/** Every dictionary above in one map, for one lookup per word. */
	public final Lexicon lexicon = Lexicon.of(this);

	private Dictionaries() {
	}

	private static final class Holder {
		static final Dictionaries INSTANCE = new Dictionaries();
	}

	public static Dictionaries shipped() {
		return Holder.INSTANCE;
	}
}
