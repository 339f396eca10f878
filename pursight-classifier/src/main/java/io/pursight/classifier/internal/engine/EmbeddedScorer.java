package io.pursight.classifier.internal.engine;

import io.pursight.classifier.Evidence;
import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.WeightAdjustment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what a free-text column showed of a type inside its values into a confidence. A type
 * is in such a column when a few values hold it, whatever their share: an e-mail address in 3%
 * of support notes is personal data in that column. So each value holding a confirmed
 * occurrence adds log-odds by the strength of its confirmation, up to a handful of values; a
 * single value is a stray match and stays below the report floor; a share under 1% costs a
 * little; and the passes that many candidates of the layout failing the check (order numbers of
 * card length) would give by chance are taken off.
 */
final class EmbeddedScorer {
	/** Log-odds before any evidence, as for whole values. */
	static final double PRIOR = TypeScorer.PRIOR;
	/** Values after which more values add nothing. */
	static final int ENOUGH_VALUES = 6;
	/** Log-odds per value confirmed by a strong check (Luhn with issuer, mod 97) or an unmistakable format (e-mail). */
	static final double STRONG = 2.5;
	/** Log-odds per value confirmed by a weaker check with a cue word or a JSON key, or by a layout and rules. */
	static final double MEDIUM = 1.8;
	/** Log-odds per value of a name found by its title, greeting or the name dictionaries. */
	static final double WEAK = 1.2;
	/** Share of values under which the type is rare enough to cost log-odds. */
	static final double RARE_SHARE = 0.01;
	static final double CEILING = 0.98;

	private static final Set<SensitiveType> STRONG_TYPES = EnumSet.of(SensitiveType.EMAIL_ADDRESS,
			SensitiveType.CREDIT_CARD_NUMBER, SensitiveType.IBAN, SensitiveType.IT_FISCAL_CODE, SensitiveType.FR_INSEE);

	/** Types whose layout and rules alone fit other numbers too: applied only when some occurrence is named. */
	private static final Set<SensitiveType> NEEDS_CUE = EnumSet.of(SensitiveType.US_SSN);

	private EmbeddedScorer() {
	}

	/** The assessment of a type found inside {@code n} sampled values, or null when it stays below {@code floor}. */
	static Assessment score(TypeDetector d, EmbeddedTally t, int n, int distinct, FreeTextColumns.Kind kind,
			double floor) {
		if (t.values == 0 || n == 0) {
			return null;
		}
		List<String> notes = new ArrayList<>();
		double perValue = perValue(d.type, t);
		double counted = beyondChance(d.type, t);
		double logit = PRIOR + perValue * Math.min(counted, ENOUGH_VALUES);
		double share = (double) t.values / n;
		if (share < RARE_SHARE) {
			logit -= Math.log10(RARE_SHARE / share);
		}
		double confidence = Math.min(CEILING, 1 / (1 + Math.exp(-logit)));
		if (NEEDS_CUE.contains(d.type) && t.withContext == 0 && t.inJson == 0 && confidence > TypeScorer.REVIEW_CAP) {
			confidence = TypeScorer.REVIEW_CAP;
			notes.add("no word naming the type stands before any of them, and the layout alone fits other numbers");
		}
		if (counted < t.values) {
			notes.add(String.format(Locale.ROOT, "%d other values hold candidates of this layout that fail the check, so"
					+ " about %.0f of those that pass may do so by chance", t.failed, t.values - counted));
		}
		if (confidence < floor) {
			return null;
		}
		notes.add(0, t.where());
		if (t.inJson > 0) {
			notes.add(t.inJson + " under a JSON key naming the type, such as '" + t.firstJsonKey + "'");
		}
		if (t.withContext > 0 && t.inJson < t.values) {
			notes.add(t.withContext + " right after a word naming the type");
		}
		notes.add("the column holds " + kind.description);
		boolean validated = t.validated > 0 && !d.validDescription.isEmpty();
		boolean dictionary = t.inDictionary > 0 && d.dictionaryName != null;
		Evidence evidence = new Evidence(n, distinct, t.values, validated ? d.validDescription : null, t.validated,
				t.failed, dictionary ? d.dictionaryName : null, t.inDictionary, round(share), List.of(), 0, confidence,
				WeightAdjustment.NONE, notes);
		return new Assessment(d.type, confidence, evidence, explain(d, t, n, kind, validated, notes));
	}

	/**
	 * The values that count as evidence once chance is taken out: among {@code failed} candidates of the type's
	 * layout that failed its check, about {@code failed * p / (1 - p)} others passed it by chance alone, where p is
	 * how often the check passes a candidate of that layout that is not the type (one in ten for Luhn). That many,
	 * plus one standard deviation, are taken off; values a cue word or a JSON key confirmed are never taken off.
	 * A smooth discount, so a column whose passes and failures are close is decided alike on every sample.
	 */
	static double beyondChance(SensitiveType type, EmbeddedTally t) {
		double p = chancePass(type);
		double chance = t.failed * p / (1 - p);
		double confirmed = Math.min(t.values, t.withContext + t.inJson);
		return Math.max(confirmed, t.values - chance - Math.sqrt(chance));
	}

	/**
	 * How often a candidate of the type's layout passes the type's check without being the type. Phone numbers are
	 * searched only with a plus sign or a cue word, and a number written so that fails validation is more often a
	 * real number written loosely than anything else, so failures say little about the passes.
	 */
	private static double chancePass(SensitiveType type) {
		return switch (type) {
			case IBAN -> 0.01;
			case PHONE_NUMBER -> 0.02;
			default -> 0.1;
		};
	}

	private static double perValue(SensitiveType type, EmbeddedTally t) {
		double confirmed = t.withContext + t.inJson > t.values / 2 ? MEDIUM : 0;
		if (STRONG_TYPES.contains(type)) {
			return STRONG;
		}
		if (type == SensitiveType.PERSON_NAME) {
			return Math.max(WEAK, confirmed);
		}
		return MEDIUM;
	}

	private static String explain(TypeDetector d, EmbeddedTally t, int n, FreeTextColumns.Kind kind,
			boolean validated, List<String> notes) {
		String inside = kind == FreeTextColumns.Kind.JSON ? " inside JSON documents" : " inside longer text";
		StringBuilder s = new StringBuilder();
		s.append(t.values).append(" of ").append(n).append(" sampled value").append(n == 1 ? " " : "s ")
				.append(t.values == 1 ? "contains " : "contain ").append(withArticle(d.type)).append(inside);
		if (validated) {
			s.append("; ").append(t.validated).append(' ').append(d.validDescription);
		}
		for (String note : notes) {
			s.append("; ").append(note);
		}
		return s.toString();
	}

	/** "an email address", "a payment card number", "an IBAN", "a US Social Security number". */
	static String withArticle(SensitiveType type) {
		String name = type.displayName();
		int space = name.indexOf(' ');
		String firstWord = space < 0 ? name : name.substring(0, space);
		boolean acronym = firstWord.length() >= 2 && Character.isUpperCase(firstWord.charAt(1));
		if (acronym) {
			return ("AEFHILMNORSX".indexOf(firstWord.charAt(0)) >= 0 ? "an " : "a ") + name;
		}
		String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
		return ("aeio".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}
}
