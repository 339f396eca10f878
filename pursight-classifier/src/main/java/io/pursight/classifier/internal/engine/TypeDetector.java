package io.pursight.classifier.internal.engine;

import io.pursight.classifier.SensitiveType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How one built-in type is recognised: the phrases that name it, the bounds a value must
 * fit before its test runs, and the policy that turns counts into confidence. Immutable.
 */
final class TypeDetector {
	final SensitiveType type;
	/** What the explanation calls a value that passes, e.g. "passed the Luhn check". */
	final String validDescription;
	/** What it calls a value that has the structure but fails the check, e.g. "failed the Luhn check". */
	final String failedDescription;
	/** What it calls a value that only has the structure, e.g. "look like postal codes". */
	final String shapeDescription;
	/** The dictionary name shown in evidence, or null. */
	final String dictionaryName;
	final Policy policy;
	final List<NameVocabulary.Phrase> phrases;
	/** Cheap bounds on a value's length and character counts, checked before the test runs. */
	final int minLength;
	final int maxLength;
	final int minDigits;
	final int maxDigits;
	final int minLetters;
	final int maxLetters;
	/**
	 * Values are fixed-width digit codes (card security codes, routing numbers) that an integer column
	 * stores without their leading zeros: there a shorter digit run is read padded with zeros.
	 */
	final boolean zeroPadded;
	/** The written form whose values speak for the type by themselves; {@link TelltaleForm#NONE} for most types. */
	final TelltaleForm telltale;

	/**
	 * Scoring knobs of a type.
	 *
	 * @param valueWeight           log-odds that fully supporting values add (6 self-evident, 4 distinctive, 2.5 weak)
	 * @param minRatio              share of supporting values below which the values contradict the type
	 * @param shapeCredit           how much a value counts that has the structure but no passed validator
	 * @param dictionaryExpectation share of values expected in the dictionary (0: not a dictionary type)
	 * @param needsCorroboration    values alone never apply the type: the name or comment must agree
	 * @param expectsVariety        one value repeated over the column contradicts the type (names, emails)
	 * @param maxDistinct           more distinct values than this contradict the type (0: no limit)
	 * @param identifier            the type is an identifier, so "_id"/"_number" suffixes keep it
	 * @param valueNamed            values are names of things, so "_name" suffixes keep it
	 * @param checksummed           validated values carry a check digit or signature random data rarely has,
	 *                              so a column name naming something else does not outweigh them
	 * @param families              declared column types that can hold the type
	 */
	record Policy(double valueWeight, double minRatio, double shapeCredit, double dictionaryExpectation,
			boolean needsCorroboration, boolean expectsVariety, int maxDistinct, boolean identifier, boolean valueNamed,
			boolean checksummed, Set<DataFamily> families) {
	}

	private TypeDetector(Builder b) {
		this.type = b.type;
		this.validDescription = b.validDescription;
		this.failedDescription = b.failedDescription;
		this.shapeDescription = b.shapeDescription;
		this.dictionaryName = b.dictionaryName;
		this.policy = new Policy(b.valueWeight, b.minRatio, b.shapeCredit, b.dictionaryExpectation, b.needsCorroboration,
				b.expectsVariety, b.maxDistinct, b.identifier, b.valueNamed, b.checksummed, b.families);
		this.phrases = List.copyOf(b.phrases);
		this.minLength = b.gate[0];
		this.maxLength = b.gate[1];
		this.minDigits = b.gate[2];
		this.maxDigits = b.gate[3];
		this.minLetters = b.gate[4];
		this.maxLetters = b.gate[5];
		this.zeroPadded = b.zeroPadded;
		this.telltale = b.telltale;
	}

	/**
	 * Whether an integer column's value is this type's code with its leading zeros dropped (12 for the
	 * security code 012): a run of digits shorter than the type's width.
	 */
	boolean lostLeadingZeros(io.pursight.classifier.internal.text.ValueProfile v) {
		return zeroPadded && v.length() < minLength && v.isAllDigits();
	}

	/** False when the value cannot possibly be of this type; evaluated without calling the test. */
	boolean admits(io.pursight.classifier.internal.text.ValueProfile v) {
		int length = v.length();
		int digits = v.digits();
		int letters = v.letters();
		return length >= minLength && length <= maxLength && digits >= minDigits && digits <= maxDigits
				&& letters >= minLetters && letters <= maxLetters;
	}

	static Builder of(SensitiveType type) {
		return new Builder(type);
	}

	boolean accepts(DataFamily family) {
		return family == DataFamily.UNKNOWN || policy.families().contains(family);
	}

	/** Fluent definition of a detector; defaults suit a distinctive text type. */
	static final class Builder {
		private final SensitiveType type;
		private String validDescription = "passed the check";
		private String failedDescription = "failed the check";
		private String shapeDescription = "have the expected structure";
		private String dictionaryName;
		private double valueWeight = 4;
		private double minRatio = 0.8;
		private double shapeCredit = 1.0;
		private double dictionaryExpectation;
		private boolean needsCorroboration;
		private boolean expectsVariety;
		private int maxDistinct;
		private boolean identifier;
		private boolean valueNamed;
		private boolean checksummed;
		private boolean zeroPadded;
		private TelltaleForm telltale = TelltaleForm.NONE;
		private Set<DataFamily> families = EnumSet.of(DataFamily.TEXT);
		private final List<NameVocabulary.Phrase> phrases = new ArrayList<>();
		private final int[] gate = {1, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE};

		private Builder(SensitiveType type) {
			this.type = type;
		}

		/** Lengths in [minLength, maxLength], digit and letter counts in their ranges; -1 leaves a bound open. */
		Builder gate(int minLength, int maxLength, int minDigits, int maxDigits, int minLetters, int maxLetters) {
			int[] g = {minLength, maxLength, minDigits, maxDigits, minLetters, maxLetters};
			for (int i = 0; i < 6; i++) {
				if (g[i] >= 0) {
					gate[i] = g[i];
				}
			}
			return this;
		}

		Builder describedAs(String valid, String failed, String shape) {
			this.validDescription = valid;
			this.failedDescription = failed;
			this.shapeDescription = shape;
			return this;
		}

		Builder dictionary(String name, double expectation) {
			this.dictionaryName = name;
			this.dictionaryExpectation = expectation;
			return this;
		}

		Builder weight(double valueWeight, double minRatio) {
			this.valueWeight = valueWeight;
			this.minRatio = minRatio;
			return this;
		}

		Builder shapeCredit(double credit) {
			this.shapeCredit = credit;
			return this;
		}

		Builder needsCorroboration() {
			this.needsCorroboration = true;
			return this;
		}

		Builder expectsVariety() {
			this.expectsVariety = true;
			return this;
		}

		Builder maxDistinct(int max) {
			this.maxDistinct = max;
			return this;
		}

		Builder identifier() {
			this.identifier = true;
			return this;
		}

		Builder checksummed() {
			this.checksummed = true;
			return this;
		}

		Builder zeroPadded() {
			this.zeroPadded = true;
			return this;
		}

		/** Values of the telltale form (their test says VALID) count as evidence of their own; see {@link TelltaleForm}. */
		Builder telltale(TelltaleForm form) {
			this.telltale = form;
			return this;
		}

		Builder valueNamed() {
			this.valueNamed = true;
			return this;
		}

		Builder families(DataFamily first, DataFamily... rest) {
			this.families = EnumSet.of(first, rest);
			return this;
		}

		Builder strong(String... phrases) {
			return phrases(1.0, Cue.ANYWHERE, phrases);
		}

		Builder weak(String... phrases) {
			return phrases(0.5, Cue.ANYWHERE, phrases);
		}

		Builder phrases(double strength, Cue cue, String... texts) {
			for (String t : texts) {
				phrases.add(new NameVocabulary.Phrase(t.split(" "), type, strength, cue));
			}
			return this;
		}

		TypeDetector build() {
			return new TypeDetector(this);
		}
	}
}
