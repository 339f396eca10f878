package io.pursight.classifier.internal.engine;

import io.pursight.classifier.Evidence;
import io.pursight.classifier.WeightAdjustment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a detector's counts and the name evidence into a confidence, on a log-odds scale so
 * that independent pieces of evidence add up: a prior, plus the name, plus the values
 * (weighted by how many there are), minus contradictions. Values of the wrong shape
 * contradict a name; values of the right shape that a dictionary lacks do not (a dictionary
 * is never complete), and hits add support. Then caps that encode the rules of evidence:
 * values that need corroboration never apply alone. A lookup table listing the type's values
 * (countries, states) is labelled like any other data of the type: reference data is still data
 * of that type, and its sensitivity is the type's (ADR 0004).
 */
final class TypeScorer {
	/** Log-odds of a type before any evidence (about 5%). */
	static final double PRIOR = -3.0;
	/** Log-odds a name phrase adds at full strength. */
	static final double NAME_WEIGHT = 3.5;
	/** Log-odds contradicting values take away at most. */
	static final double CONTRADICTION_WEIGHT = 8.0;
	/** Confidence ceiling when a rule of evidence forbids applying: stays in the review band. */
	static final double REVIEW_CAP = 0.6;
	/**
	 * Ceiling for bare numbers and short codes that no validator confirmed, without a name
	 * that agrees (0/1 flags read as gender codes, integers read as phone numbers or ages):
	 * below review, since such values are everywhere and suggesting them would bury stewards
	 * in noise. Bare values that passed a checksum (SSN rules, Luhn) may still be suggested.
	 */
	static final double NOISE_CAP = 0.35;
	/** Samples at which value evidence counts half. */
	static final double HALF_RELIABILITY_SAMPLES = 4.0;
	/**
	 * How much of {@link #HALF_RELIABILITY_SAMPLES} a name that names the type outright removes
	 * when every value agrees with it. Few values are weak evidence of what a column holds, but
	 * strong evidence that it holds what its name says: the name has already said it, and a
	 * contrary value would have shown. So two valid emails in {@code email} apply, two in
	 * {@code value} do not.
	 */
	static final double CORROBORATION = 0.875;
	/**
	 * Distinct values (estimated for the whole column) from which a named dictionary type's values, few of
	 * them in its dictionary, still count as the type by their shape: an open-ended set (surnames, towns of
	 * a country the dictionary does not cover) shows variety; a status or category list does not.
	 */
	static final int VARIED = 20;
	/** Share of values in a named dictionary type's dictionary from which the column is taken to be of the open-ended set. */
	static final double SOME_KNOWN = 0.02;
	/**
	 * Share of values beyond a code type's most common ones ({@code maxDistinct}) that stray spellings and
	 * typos explain; from there the values contradict the type more and more, fully at twice the share.
	 */
	static final double STRAYS = 0.05;
	/** Sampled values from which a handful of distinct ones is a closed list rather than a small table read whole. */
	static final int CLOSED_LIST_ROWS = 20;
	/** Share of values in a type's dictionary from which they start to settle what a hint of a name means. */
	static final double SETTLING_FROM = 0.6;
	/** Share of values in a type's dictionary at which a hint of a name is read as naming the type outright. */
	static final double SETTLED_AT = 0.9;

	private TypeScorer() {
	}

	/**
	 * Whether any values could lift the type to {@code floor}: the best case is the prior, the
	 * name and fully supporting values. A type that cannot be reported is not tested at all,
	 * which spares most per-value work on columns whose name points nowhere.
	 */
	static boolean canReach(TypeDetector d, NameFinding name, double floor) {
		if (name.strength() > 0) {
			return true; // named types are always reported, contradictions included
		}
		double best = 1 / (1 + Math.exp(-(PRIOR + d.policy.valueWeight() + d.telltale.weight())));
		if (d.policy.needsCorroboration() && d.telltale.weight() == 0) {
			best = Math.min(best, REVIEW_CAP);
		}
		return best >= floor;
	}

	/** The assessment of a type, or null when its confidence stays below {@code floor} and the name says nothing. */
	static Assessment score(TypeDetector d, Tally t, ColumnFacts facts, NameFinding found, double floor) {
		TypeDetector.Policy p = d.policy;
		List<String> notes = new ArrayList<>();
		int n = facts.sampled() - t.missing;
		// keys carry no check digit: values that mostly pass the type's checksum are its identifiers (a fleet's
		// IMEIs under device_id share a prefix as keys do)
		boolean checked = p.checksummed() && t.valid * 2 > n;
		KeyColumns.Reading key = p.identifier() && !checked ? KeyColumns.read(found, facts) : KeyColumns.Reading.NONE;
		NameFinding name = key.isKey() ? found.negated(keyName(found) + " reads as a key, not as a "
				+ d.type.displayName().toLowerCase(Locale.ROOT) + ": " + key.why()) : settled(d, t, n, found, facts, notes);
		boolean named = name.isPositive();
		double logit = PRIOR + (named ? NAME_WEIGHT * name.strength() : 0);
		if (name.negation() != null) {
			notes.add(name.source() + " mentions '" + name.words() + "' but " + name.negation());
		}

		double support = support(d, t, n);
		double shaped = shaped(t, n);
		// a named dictionary type is contradicted only by values of the wrong shape, as long as the values
		// look like the open-ended set the type is: some are in the dictionary, or they are many and varied.
		// A handful of well-shaped words none of which is known (NEW, OPEN, SHIPPED in a `state` column) is
		// a code list of something else. How open the set looks is a degree, not a yes or no, measured so that
		// every sample of a column measures the same (issue 10, kind 5).
		double openness = named && p.dictionaryExpectation() > 0 ? openness(t, n, facts) : 0;
		double agreement = openness >= 0.5 ? shaped : support;
		boolean corroborated = named && agreesEverywhere(t, n);
		double valueTerm = 0;
		boolean telltale = false;
		if (n == 0) {
			notes.add("no sampled values: only the name and declared type (" + typeName(facts) + ") speak");
			if (named && facts.family() != DataFamily.UNKNOWN && facts.family() != DataFamily.TEXT) {
				valueTerm = 0.5; // a specific declared type that can hold the values (a DATE for a birth date)
			}
		} else if (n < facts.minimumSamples() && !corroborated) {
			notes.add("only " + n + " sampled value" + (n == 1 ? "" : "s") + ": the name and declared type carry the decision");
			valueTerm = agreement >= p.minRatio() ? 0.5 : -3.0;
		} else {
			int effective = p.expectsVariety() ? facts.distinct() : n;
			double half = HALF_RELIABILITY_SAMPLES * (corroborated ? 1 - CORROBORATION * name.strength() : 1);
			double reliability = effective / (effective + half);
			if (corroborated && n < facts.minimumSamples()) {
				notes.add("only " + n + " sampled value" + (n == 1 ? "" : "s") + ", every one agreeing with the name");
			}
			// read as an open set, values of the right shape agree and each dictionary hit adds support; read as
			// a closed one, only dictionary hits agree. A column between the two is read partly each way.
			double open = openness > 0 ? valueTerm(p, reliability, shaped, 0.6 + 0.4 * support) : 0;
			double closed = openness < 1 ? valueTerm(p, reliability, support, -1) : 0;
			valueTerm = openness * open + (1 - openness) * closed;
			if (named && valueTerm < 0) {
				notes.add("the values contradict the name");
			}
			// a handful of values written like the type is no evidence of their own: the name must speak for them
			double degree = n < facts.minimumSamples() ? 0 : d.telltale.degree((double) t.valid / n);
			if (degree > 0) {
				// weighed by distinct values: one full name repeated over the column shows no more than once
				valueTerm += facts.distinct() / (facts.distinct() + half) * d.telltale.weight() * degree;
				telltale = degree >= 1;
				notes.add(t.valid + " of " + n + " sampled values " + d.telltale.description());
			}
			if (p.expectsVariety() && facts.distinct() == 1 && n >= 3) {
				valueTerm -= 6;
				notes.add("every sampled value is the same");
			}
			double beyond = p.maxDistinct() > 0 ? facts.shareBeyondMostCommon(p.maxDistinct()) : 0;
			if (beyond > STRAYS) {
				// a code list of more values than the type has: a share of rows, which every sample measures
				// alike, and a ramp rather than a step, so that a column near the limit is not decided by one row
				valueTerm -= 6 * Math.min(1, (beyond - STRAYS) / STRAYS);
				notes.add(Math.round(beyond * 100) + "% of the sampled values are none of the " + p.maxDistinct()
						+ " most common: too many different values for this type");
			}
		}
		if (t.missing > 0) {
			notes.add(t.missing + " value" + (t.missing == 1 ? " is a marker" : "s are markers")
					+ " of a missing value (such as N/A, -1 or 999), left out like nulls");
		}
		if (t.zeroPadded > 0) {
			notes.add(t.zeroPadded + " value" + (t.zeroPadded == 1 ? "" : "s")
					+ " read with the leading zeros the integer column dropped");
		}
		logit += valueTerm;
		double confidence = 1 / (1 + Math.exp(-logit));

		boolean bareOnly = t.bareSupport > 0 && t.bareSupport * 2 >= supportCount(d, t);
		double cap = bareOnly && t.valid == 0 ? NOISE_CAP : REVIEW_CAP;
		if (!named && !telltale && (p.needsCorroboration() || bareOnly) && confidence > cap) {
			confidence = cap;
			notes.add(bareOnly ? "bare digit runs and short codes count only when the column name or comment agrees"
					: "values of this shape need the column name or comment to agree");
		}
		if (closedList(d, t, n, facts) && confidence > REVIEW_CAP) {
			// as a handful of well-shaped words none of which a dictionary knows is a code list (NEW, OPEN in `state`)
			confidence = REVIEW_CAP;
			notes.add("a handful of values repeat over the column and none contains " + d.dictionaryName
					+ ": a list of roles or sources rather than " + d.type.displayName().toLowerCase(Locale.ROOT) + "s");
		}
		if (key.signs() == 1 && confidence > REVIEW_CAP) {
			confidence = REVIEW_CAP;
			notes.add(keyName(name) + " may name a key: " + key.why());
		}
		if (facts.allDistinct() && tableListsType(d, facts)) {
			// reference data is still data of the type, as sensitive as the type says; refusing the type would
			// hide the table from searches and policies by type (ADR 0004)
			notes.add("the table lists " + d.type.displayName().toLowerCase(Locale.ROOT)
					+ " values, one per row: reference data, labelled like any data of the type");
		}

		if (confidence < floor && name.strength() == 0) {
			return null; // noise: skip building the evidence and the explanation
		}
		Evidence evidence = new Evidence(facts.sampled(), facts.distinct(), t.structured(), validatorName(d), t.valid, t.failed,
				d.dictionaryName, t.dictionary, round(support), named ? List.of(name.words()) : List.of(), 0,
				confidence, WeightAdjustment.NONE, notes);
		return new Assessment(d.type, confidence, evidence, explain(d, t, n, name, notes));
	}

	/**
	 * A hint settled by the values: a name that may mean several things ({@code title}: a job, a courtesy
	 * title, a book's) names the type outright when the values are distinctively of it, many in the type's
	 * dictionary and varied as an open-ended set is. Ramps over the share in the dictionary, from
	 * {@link #SETTLING_FROM} to {@link #SETTLED_AT}, and over the estimated distinct values, as
	 * {@link #openness} does: a short list of roles that happen to be job words settles nothing.
	 */
	private static NameFinding settled(TypeDetector d, Tally t, int n, NameFinding name, ColumnFacts facts,
			List<String> notes) {
		if (!name.isPositive() || name.strength() >= 1 || d.policy.dictionaryExpectation() <= 0 || n == 0) {
			return name;
		}
		double known = (double) t.dictionary / n;
		double byValues = Math.clamp((known - SETTLING_FROM) / (SETTLED_AT - SETTLING_FROM), 0, 1);
		double varied = Math.clamp((facts.estimatedDistinct() - VARIED / 2.0) / (VARIED / 2.0), 0, 1);
		double degree = byValues * varied;
		if (degree <= 0) {
			return name;
		}
		notes.add("the values settle what '" + name.words() + "' means: " + Math.round(known * 100) + "% are in the "
				+ d.dictionaryName + " dictionary");
		return name.atStrength(name.strength() + (1 - name.strength()) * degree);
	}

	/**
	 * Values of an open-ended type told by a dictionary that only marks some of them (user names built from
	 * a person's name) that are a handful repeated over many rows, none marked: {@code customer},
	 * {@code system}, {@code webhook} under {@code actor}.
	 */
	private static boolean closedList(TypeDetector d, Tally t, int n, ColumnFacts facts) {
		TypeDetector.Policy p = d.policy;
		return p.expectsVariety() && d.dictionaryName != null && p.dictionaryExpectation() == 0 && t.dictionary == 0
				&& n >= CLOSED_LIST_ROWS && facts.estimatedDistinct() < VARIED / 2.0;
	}

	/** The phrase with its key word, as the explanation quotes it: 'acct id'. */
	private static String keyName(NameFinding name) {
		return "'" + (name.words().endsWith(name.key()) ? name.words() : name.words() + " " + name.key()) + "'";
	}

	/**
	 * Log-odds the values add when {@code agreement} of them agree with the type: support above the type's
	 * minimum share, contradiction below it.
	 *
	 * @param strength how strongly agreeing values support the type, in [0.6, 1]; negative for the share above
	 *                 the minimum to decide it
	 */
	private static double valueTerm(TypeDetector.Policy p, double reliability, double agreement, double strength) {
		if (agreement < p.minRatio()) {
			return -reliability * CONTRADICTION_WEIGHT * (p.minRatio() - agreement) / p.minRatio();
		}
		double excess = p.minRatio() >= 1 ? 1 : (agreement - p.minRatio()) / (1 - p.minRatio());
		return reliability * p.valueWeight() * (strength >= 0 ? strength : 0.6 + 0.4 * excess);
	}

	/**
	 * How much a named dictionary type's values look like the open-ended set the type is, in [0,1]: fully
	 * once {@link #SOME_KNOWN} of them are in the dictionary or the column holds {@link #VARIED} distinct
	 * values, not at all with no value known and half as many distinct values, in proportion between.
	 * Shares and an estimate of the column's distinct values, so that every sample of a column gets about
	 * the same degree, where a count of hits or of values seen grows with the sample.
	 */
	private static double openness(Tally t, int n, ColumnFacts facts) {
		double known = n == 0 ? 0 : (double) t.dictionary / n / SOME_KNOWN;
		double varied = (facts.estimatedDistinct() - VARIED / 2.0) / (VARIED / 2.0);
		return Math.clamp(Math.max(known, varied), 0, 1);
	}

	/**
	 * Whether every value agrees with the type and none contradicts it: validated, of the exact
	 * shape, or (for dictionary types) shaped like one whether or not the dictionary has it.
	 */
	private static boolean agreesEverywhere(Tally t, int n) {
		return n > 0 && t.failed == 0 && t.valid + t.shapeOnly + t.unchecked == n;
	}

	/** Share of values with the type's shape, validated or not, in [0,1]. */
	private static double shaped(Tally t, int n) {
		return n == 0 ? 0 : (double) (t.valid + t.shapeOnly + t.unchecked) / n;
	}

	/** Share of values that support the type, in [0,1]; for dictionary types, shaped values weighed by dictionary hits. */
	private static double support(TypeDetector d, Tally t, int n) {
		if (n == 0) {
			return 0;
		}
		TypeDetector.Policy p = d.policy;
		if (p.dictionaryExpectation() > 0) {
			double consistent = (double) (t.valid + t.shapeOnly + t.unchecked) / n;
			double inDictionary = (double) t.dictionary / n;
			return Math.min(1, consistent * Math.min(1, inDictionary / p.dictionaryExpectation()));
		}
		return Math.min(1, supportCount(d, t) / n);
	}

	private static double supportCount(TypeDetector d, Tally t) {
		double credit = d.policy.shapeCredit();
		int validated = t.valid + t.shapeOnly;
		double passRate = validated == 0 ? credit : (double) t.valid / validated;
		double uncheckedCredit = passRate + (1 - passRate) * credit;
		return t.valid + credit * t.shapeOnly + uncheckedCredit * t.unchecked;
	}

	private static boolean tableListsType(TypeDetector d, ColumnFacts facts) {
		for (NameVocabulary.Phrase phrase : d.phrases) {
			if (phrase.words().length == 1 && facts.tableWords().contains(phrase.words()[0])) {
				return true;
			}
		}
		return false;
	}

	private static String validatorName(TypeDetector d) {
		return d.failedDescription.isEmpty() && d.validDescription.isEmpty() ? null : d.validDescription;
	}

	private static String explain(TypeDetector d, Tally t, int n, NameFinding name, List<String> notes) {
		List<String> parts = new ArrayList<>();
		if (n > 0) {
			parts.add(valuePart(d, t, n));
		}
		if (name.isPositive()) {
			parts.add(name.source() + (name.source().equals("comment") ? " mentions '" : " contains '") + name.words()
					+ "'");
		}
		parts.addAll(notes);
		return String.join("; ", parts);
	}

	private static String valuePart(TypeDetector d, Tally t, int n) {
		String of = " of " + n + " sampled value" + (n == 1 ? " " : "s ");
		List<String> parts = new ArrayList<>();
		if (d.dictionaryName != null && d.policy.dictionaryExpectation() > 0) {
			parts.add(t.dictionary + of + "are in the " + d.dictionaryName + " dictionary");
			int shaped = t.valid + t.shapeOnly + t.unchecked;
			if (shaped > t.dictionary && !d.shapeDescription.isEmpty()) {
				parts.add(shaped + " " + d.shapeDescription);
			}
			return String.join(", ", parts);
		}
		if (t.valid > 0 && !d.validDescription.isEmpty()) {
			int checked = t.valid + t.shapeOnly;
			String base = t.unchecked > 0 ? " of " + checked + " checked values " : of;
			parts.add(t.valid + base + d.validDescription);
		}
		if (t.failed > 0 && !d.failedDescription.isEmpty()) {
			parts.add(t.failed + (parts.isEmpty() ? of : " ") + d.failedDescription);
		}
		int shapeOnly = t.shapeOnly + (t.valid > 0 ? 0 : t.unchecked);
		if (shapeOnly > 0 && !d.shapeDescription.isEmpty()) {
			parts.add(shapeOnly + (parts.isEmpty() ? of : " ") + d.shapeDescription);
		}
		if (t.dictionary > 0 && d.dictionaryName != null) {
			parts.add(t.dictionary + " contain " + d.dictionaryName);
		}
		if (parts.isEmpty()) {
			return t.structured() == 0 ? "none of the " + n + " sampled values fit" : t.structured() + of + "fit";
		}
		return String.join(", ", parts);
	}

	private static String typeName(ColumnFacts facts) {
		return facts.dataType().isEmpty() ? "unknown" : facts.dataType();
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}
}
