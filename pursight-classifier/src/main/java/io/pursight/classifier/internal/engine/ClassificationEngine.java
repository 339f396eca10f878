package io.pursight.classifier.internal.engine;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.CustomRule;
import io.pursight.classifier.Decision;
import io.pursight.classifier.Evidence;
import io.pursight.classifier.Occurrence;
import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.TypeMatch;
import io.pursight.classifier.WeightAdjustment;
import io.pursight.classifier.internal.check.CalendarDate;
import io.pursight.classifier.internal.text.ValueProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Classifies one column: reads its name, runs every enabled detector over every sampled
 * value in one pass, scores each type and each custom rule, then applies thresholds,
 * learned adjustments and the rule that a more specific type supersedes a generic one.
 * Built once from a configuration; thread-safe (all per-column state is local).
 */
public final class ClassificationEngine {
	/** Below this confidence a type without name evidence is noise, not a suggestion. */
	private static final double REPORT_FLOOR = 0.4;

	private final ClassifierConfig config;
	private final Decisions decisions;
	private final TypeDetector[] detectors;
	private final NameVocabulary vocabulary;
	private final ColumnWords words;
	private final List<RuleMatcher> rules;
	private final Map<SensitiveType, TypeDetector> byType = new EnumMap<>(SensitiveType.class);
	private final EmbeddedScanner embedded;

	public ClassificationEngine(ClassifierConfig config) {
		this.config = config;
		this.decisions = new Decisions(config);
		List<TypeDetector> all = BuiltInDetectors.all();
		List<NameVocabulary.Phrase> phrases = new ArrayList<>();
		Set<SensitiveType> identifiers = EnumSet.noneOf(SensitiveType.class);
		Set<SensitiveType> valueNamed = EnumSet.noneOf(SensitiveType.class);
		List<TypeDetector> enabled = new ArrayList<>();
		for (TypeDetector d : all) {
			if (!config.isEnabled(d.type)) {
				continue;
			}
			enabled.add(d);
			byType.put(d.type, d);
			phrases.addAll(d.phrases);
			if (d.policy.identifier()) {
				identifiers.add(d.type);
			}
			if (d.policy.valueNamed()) {
				valueNamed.add(d.type);
			}
		}
		this.detectors = enabled.toArray(TypeDetector[]::new);
		this.vocabulary = new NameVocabulary(phrases, identifiers, valueNamed);
		this.words = new ColumnWords(vocabulary.knownWords());
		this.embedded = new EmbeddedScanner(detectors, vocabulary, words);
		this.rules = config.customRules().stream()
				.map(r -> new RuleMatcher(r, config.regexStepBudget(), config.regexTimeBudget())).toList();
	}

	public ClassificationResult classify(ColumnContext column) {
		List<String> columnWords = words.ofIdentifier(column.columnName());
		List<String> tableWords = words.ofIdentifier(column.tableName()).stream().map(ColumnWords::singular).toList();
		List<List<String>> siblings = column.siblingColumns().stream().map(words::ofIdentifier).toList();
		NameContext context = NameContext.of(tableWords, siblings);
		Map<SensitiveType, NameFinding> fromName = vocabulary.read(columnWords, context, "column name", true);
		Map<SensitiveType, NameFinding> fromComment = column.comment().isBlank() ? Map.of()
				: vocabulary.read(words.ofText(column.comment()), context, "comment", false);

		String otherThing = nonSensitiveHead(columnWords, fromName);
		List<String> values = nonBlank(column.samples());
		DistinctValues distinct = DistinctValues.of(values);
		ColumnFacts facts = new ColumnFacts(values, distinct, DataFamily.of(column.dataType()),
				column.dataType(), tableWords, config.minimumSamples());
		boolean phoneNamed = nameFinding(SensitiveType.PHONE_NUMBER, fromName, fromComment).isPositive();
		boolean[] reportable = new boolean[detectors.length];
		for (int i = 0; i < detectors.length; i++) {
			reportable[i] = TypeScorer.canReach(detectors[i], nameFinding(detectors[i].type, fromName, fromComment),
					REPORT_FLOOR);
		}
		Tally[] tallies = tally(distinct, values.size(), facts.family(), column.regionHints(), phoneNamed, reportable,
				fromName, fromComment);

		List<TypeMatch> matches = new ArrayList<>();
		for (int i = 0; i < detectors.length; i++) {
			TypeDetector d = detectors[i];
			NameFinding name = nameFinding(d.type, fromName, fromComment);
			Tally t = tallies[i];
			if (t == null) {
				if (name.isPositive()) {
					matches.add(incompatible(d, name, facts));
				}
				continue;
			}
			if (!reportable[i] || (t.isEmpty() && name.strength() == 0)) {
				continue;
			}
			Assessment a = TypeScorer.score(d, t, facts, name, REPORT_FLOOR);
			boolean outweighsName = d.policy.checksummed() && t.valid * 2 > facts.sampled();
			if (a != null && otherThing != null && !name.isPositive() && !outweighsName
					&& a.confidence() > TypeScorer.REVIEW_CAP) {
				a = a.capped(TypeScorer.REVIEW_CAP, "the column name says it holds a '" + otherThing + "'");
			}
			if (a != null && t.dayMonth() != null) {
				a = a.noted(t.dayMonth().describe());
			}
			if (a != null) {
				matches.add(decisions.of(a));
			}
		}
		addEmbedded(matches, distinct, facts, columnWords, column.regionHints());
		for (RuleMatcher rule : rules) {
			RuleScorer.RuleAssessment a = RuleScorer.score(rule, column.columnName(), values, config.minimumSamples());
			if (a != null) {
				matches.add(decisions.of(a));
			}
		}
		return new ClassificationResult(column.tableName(), column.columnName(), decisions.refine(matches));
	}

	/**
	 * Scores one custom rule on a column whose value outcomes are already known (the rule
	 * tester's), exactly as {@link #classify} would; null when nothing points to the rule.
	 *
	 * @param values  the column's values, trimmed and non-blank
	 * @param outcomes the rule's outcome on each of those values
	 */
	public TypeMatch scoreRule(CustomRule rule, String columnName, boolean nameMatches, List<String> values,
			Function<String, RuleMatcher.ValueOutcome> outcomes) {
		RuleScorer.RuleAssessment a = RuleScorer.score(rule, columnName, nameMatches, values, outcomes,
				config.minimumSamples());
		return a == null ? null : decisions.of(a);
	}

	/**
	 * Values after which detectors that matched nothing, and that the name does not point to,
	 * stop being run: with no match in the first 32 values a type is not what the column
	 * holds, and most columns rule out most types within a few values. Only columns of more
	 * than twice as many values are pruned, so that small samples are read in full.
	 */
	static final int PRUNE_AFTER = 32;

	/**
	 * Runs every detector the declared type allows over the column's values ({@code sampled} of them, as
	 * {@code distinct} counts them); null tallies mark incompatible detectors.
	 */
	private Tally[] tally(DistinctValues distinct, int sampled, DataFamily family, List<String> regionHints,
			boolean phoneNamed, boolean[] reportable, Map<SensitiveType, NameFinding> fromName,
			Map<SensitiveType, NameFinding> fromComment) {
		Tally[] tallies = new Tally[detectors.length];
		int[] active = new int[detectors.length];
		int activeCount = 0;
		for (int i = 0; i < detectors.length; i++) {
			if (detectors[i].accepts(family)) {
				tallies[i] = new Tally();
				if (reportable[i]) {
					active[activeCount++] = i;
				}
			}
		}
		ScanState state = new ScanState(CalendarDate.pack(LocalDate.now(config.clock())), regions(regionHints), phoneNamed);
		ValueProfile profile = new ValueProfile();
		// an integer column drops a code's leading zeros (012 reads back as 12): such values are read padded
		boolean integers = family == DataFamily.NUMERIC;
		ValueProfile padded = integers ? new ValueProfile() : null;
		// each distinct value is tested once and counts as often as it occurs: a code list or a flag of a
		// thousand rows costs a few tests. The pruning happens where it would value by value: after the
		// distinct values among the first PRUNE_AFTER, since a later repeat gets the verdicts its first got.
		boolean prune = sampled > 2 * PRUNE_AFTER;
		for (int v = 0; v < distinct.size(); v++) {
			profile.reset(distinct.value(v));
			int times = distinct.count(v);
			boolean marker = MissingValueMarkers.isMarker(profile.value());
			for (int k = 0; k < activeCount; k++) {
				int i = active[k];
				TypeDetector d = detectors[i];
				int verdict = Verdict.NONE;
				boolean wasPadded = false;
				if (d.admits(profile)) {
					verdict = ValueTestSwitch.test(d.type, profile, state);
				} else if (integers && d.lostLeadingZeros(profile)) {
					padded.reset("0".repeat(d.minLength - profile.length()) + profile.value());
					wasPadded = d.admits(padded);
					verdict = wasPadded ? ValueTestSwitch.test(d.type, padded, state) : Verdict.NONE;
				}
				if (marker && !Verdict.supports(verdict)) {
					tallies[i].missing += times; // "unknown", 999, -1: a missing value, not one of another type
				} else if (wasPadded) {
					tallies[i].addPadded(verdict, times);
				} else {
					tallies[i].add(verdict, times);
				}
			}
			if (prune && (v + 1 == distinct.size() || distinct.firstIndex(v + 1) >= PRUNE_AFTER)) {
				prune = false;
				int kept = 0;
				for (int k = 0; k < activeCount; k++) {
					int i = active[k];
					if (!tallies[i].isEmpty() || nameFinding(detectors[i].type, fromName, fromComment).strength() > 0) {
						active[kept++] = i;
					}
				}
				activeCount = kept;
			}
		}
		for (Tally t : tallies) {
			if (t != null) {
				t.settleDayMonthOrder();
			}
		}
		return tallies;
	}

	/**
	 * Adds the types found inside the values of a free-text or JSON column. A column whose values
	 * are a type of their own (an applied whole-value match: addresses, company names) is not
	 * searched; a type found both ways keeps the match with the stronger decision, the whole-value
	 * one on a tie.
	 */
	private void addEmbedded(List<TypeMatch> matches, DistinctValues distinct, ColumnFacts facts,
			List<String> columnWords, List<String> regionHints) {
		if ((facts.family() != DataFamily.TEXT && facts.family() != DataFamily.UNKNOWN) || facts.sampled() == 0) {
			return;
		}
		for (TypeMatch m : matches) {
			if (m.decision() == Decision.APPLY) {
				return;
			}
		}
		FreeTextColumns.Kind kind = FreeTextColumns.kindOf(distinct, columnWords);
		if (kind == null) {
			return;
		}
		ScanState state = new ScanState(CalendarDate.pack(LocalDate.now(config.clock())), regions(regionHints), false);
		for (Map.Entry<SensitiveType, EmbeddedTally> e : embedded.scan(distinct, state).entrySet()) {
			Assessment a = EmbeddedScorer.score(byType.get(e.getKey()), e.getValue(), facts.sampled(), facts.distinct(),
					kind, REPORT_FLOOR);
			if (a == null) {
				continue;
			}
			TypeMatch found = decisions.of(a, Occurrence.EMBEDDED_IN_TEXT);
			int at = -1;
			for (int i = 0; i < matches.size() && at < 0; i++) {
				at = matches.get(i).typeId().equals(found.typeId()) && matches.get(i).ruleId() == null ? i : -1;
			}
			if (at < 0) {
				matches.add(found);
			} else if (rank(found.decision()) > rank(matches.get(at).decision())) {
				matches.set(at, found);
			}
		}
	}

	private static int rank(Decision d) {
		return d == Decision.APPLY ? 2 : d == Decision.REVIEW ? 1 : 0;
	}

	private List<String> regions(List<String> regionHints) {
		return regionHints.isEmpty() ? config.phoneRegions() : merge(regionHints, config.phoneRegions());
	}

	/** The last word of the column name when it names a non-sensitive attribute and no type phrase claims it. */
	private static String nonSensitiveHead(List<String> columnWords, Map<SensitiveType, NameFinding> fromName) {
		if (columnWords.isEmpty()) {
			return null;
		}
		String head = columnWords.getLast();
		if (!NameVocabulary.NON_SENSITIVE_HEADS.contains(head)) {
			return null;
		}
		for (NameFinding f : fromName.values()) {
			if (f.isPositive() && f.words().endsWith(head)) {
				return null; // "card number", "postal code": the word belongs to a type phrase
			}
		}
		return head;
	}

	private static NameFinding nameFinding(SensitiveType type, Map<SensitiveType, NameFinding> fromName,
			Map<SensitiveType, NameFinding> fromComment) {
		NameFinding name = fromName.get(type);
		if (name != null && name.isPositive()) {
			return name;
		}
		NameFinding comment = fromComment.get(type);
		if (comment != null && comment.isPositive()) {
			return comment;
		}
		return name != null ? name : NameFinding.NONE;
	}

	private TypeMatch incompatible(TypeDetector d, NameFinding name, ColumnFacts facts) {
		String why = "declared type " + facts.dataType() + " cannot hold " + d.type.displayName().toLowerCase(java.util.Locale.ROOT)
				+ " values";
		double confidence = 0.05;
		Evidence evidence = new Evidence(facts.sampled(), facts.distinct(), 0, null, 0, 0, null, 0, 0,
				List.of(name.words()), 0, confidence, WeightAdjustment.NONE, List.of(why));
		return decisions.of(new Assessment(d.type, confidence, evidence,
				name.source() + " contains '" + name.words() + "' but " + why));
	}

	private static List<String> nonBlank(List<String> samples) {
		List<String> out = new ArrayList<>(samples.size());
		for (String s : samples) {
			if (s != null) {
				String v = s.strip();
				if (!v.isEmpty()) {
					out.add(v);
				}
			}
		}
		return out;
	}

	private static List<String> merge(List<String> first, List<String> rest) {
		List<String> out = new ArrayList<>(first);
		for (String r : rest) {
			if (!out.contains(r)) {
				out.add(r);
			}
		}
		return out;
	}
}
