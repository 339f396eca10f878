package io.pursight.classifier.internal.engine;

import static io.pursight.classifier.internal.engine.TextSpans.isAlnum;
import static io.pursight.classifier.internal.engine.TextSpans.isDigit;

import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.internal.check.EmailAddress;
import io.pursight.classifier.internal.check.IpAddress;
import io.pursight.classifier.internal.check.PhoneNumbers;
import io.pursight.classifier.internal.text.ValueProfile;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds sensitive types inside free text and JSON documents. One pass over each value's
 * characters finds the candidates cheaply (an '@', a run of digits and separators, an upper-case
 * code with digits, a capitalised word after a title); only candidates are cut out and put to the
 * type's own whole-value test. A candidate counts alone when its check is strong (Luhn with an
 * issuer prefix, mod 97, the SSN layout and rules, a fiscal code's check character), and
 * otherwise only with a word naming the type just before it ("SSN", "tel.", "NHS no") or a JSON
 * key naming it. Immutable; the per-column work happens in a {@link Run}.
 */
final class EmbeddedScanner {
	/** libphonenumber validations per column: phone candidates beyond them count on their shape and cue word. */
	static final int PHONE_VALIDATIONS = 48;
	/** Types whose check is strong enough to count a candidate without a word naming it. */
	private static final Set<SensitiveType> ALONE = EnumSet.of(SensitiveType.CREDIT_CARD_NUMBER, SensitiveType.IBAN,
			SensitiveType.US_SSN, SensitiveType.IT_FISCAL_CODE, SensitiveType.FR_INSEE);

	/**
	 * Characters of a value that are searched: a document longer than this is searched on its
	 * start, so that one huge value costs no more than a few notes.
	 */
	static final int SCAN_LIMIT = 16_384;

	private final TypeDetector[] byType = new TypeDetector[SensitiveType.values().length];
	/** Identifier types that count with a word naming them, tried after the strong ones. */
	private final List<SensitiveType> withContext;
	private final Set<SensitiveType> enabled = EnumSet.noneOf(SensitiveType.class);
	private final TextCues cues;

	EmbeddedScanner(TypeDetector[] detectors, NameVocabulary vocabulary, ColumnWords words) {
		for (TypeDetector d : detectors) {
			byType[d.type.ordinal()] = d;
			enabled.add(d.type);
		}
		this.withContext = java.util.Arrays.stream(detectors).map(d -> d.type)
				.filter(t -> byType[t.ordinal()].policy.identifier() && !ALONE.contains(t)
						&& t != SensitiveType.PHONE_NUMBER && t != SensitiveType.POSTAL_CODE)
				.toList();
		this.cues = new TextCues(vocabulary, words);
	}

	/** The types found inside the column's values, each with its tally; empty when none. */
	Map<SensitiveType, EmbeddedTally> scan(DistinctValues distinct, ScanState state) {
		Run run = new Run(state);
		for (int v = 0; v < distinct.size(); v++) {
			run.value(distinct.value(v), distinct.count(v));
		}
		return run.tallies;
	}

	/** The state of one column's scan: the findings of the value at hand and the tallies so far. */
	private final class Run implements JsonFields.Visitor {
		final Map<SensitiveType, EmbeddedTally> tallies = new EnumMap<>(SensitiveType.class);
		private final ScanState state;
		private final ValueProfile profile = new ValueProfile();
		private final Map<String, SensitiveType> keyTypes = new HashMap<>();
		private final EmbeddedFindings findings = new EmbeddedFindings();
		private final NamesInText.Found name = new NamesInText.Found();
		private final int[] streetWords = new int[StreetsInText.WORD_ROOM];
		private int phoneValidations;
		private String text;
		private int contextAt = -1;
		private Map<SensitiveType, NameFinding> contextFindings;
		/** The characters the profile describes, so that a candidate is profiled once for all the types tried. */
		private int profiledStart = -1;
		private int profiledEnd;

		Run(ScanState state) {
			this.state = state;
		}

		void value(String whole, int times) {
			String value = whole.length() > SCAN_LIMIT ? whole.substring(0, SCAN_LIMIT) : whole;
			text = value;
			contextAt = -1;
			profiledStart = -1;
			findings.clear();
			if (JsonFields.isDocument(whole)) {
				JsonFields.read(value, this);
			}
			boolean upper = false;
			int len = value.length();
			int i = 0;
			while (i < len) {
				char c = value.charAt(i);
				if (c == '@') {
					email(i);
					i++;
				} else if (isDigit(c) || (c >= 'A' && c <= 'Z')
						|| ((c == '+' || c == '(') && i + 1 < len && isDigit(value.charAt(i + 1)))) {
					upper |= c >= 'A' && c <= 'Z';
					i = i > 0 && isAlnum(value.charAt(i - 1)) ? i + 1 : token(i);
				} else {
					i++;
				}
			}
			if (upper && enabled(SensitiveType.PERSON_NAME) && !findings.has(SensitiveType.PERSON_NAME)) {
				NamesInText.find(value, name);
				if (name.from >= 0) {
					findings.found(SensitiveType.PERSON_NAME, name.from, name.to, false, false, null, name.known);
				}
			}
			if (enabled(SensitiveType.STREET_ADDRESS) || enabled(SensitiveType.DATE_OF_BIRTH)) {
				StreetsAndBirthDates.find(value, state.today, enabled, streetWords, findings);
			}
			findings.addTo(tallies, whole.length(), times);
		}

		/** A JSON pair: the value counts for the type its key names when it passes that type's test. */
		@Override
		public void field(String key, int start, int end) {
			SensitiveType type;
			if (keyTypes.containsKey(key)) {
				type = keyTypes.get(key);
			} else {
				type = cues.namedByKey(key, enabled);
				keyTypes.put(key, type);
			}
			if (type == null || end <= start || findings.has(type)) {
				return;
			}
			String v = text.substring(start, end).strip();
			if (v.isEmpty() || v.equals("null") || v.equals("true") || v.equals("false")) {
				return;
			}
			TypeDetector d = byType[type.ordinal()];
			profiledStart = -1;
			if (!d.admits(profile.reset(v))) {
				return;
			}
			int verdict = ValueTestSwitch.test(type, profile, state);
			int level = Verdict.level(verdict);
			if (level == Verdict.VALID || level == Verdict.SHAPE) {
				findings.found(type, start, end, level == Verdict.VALID, true, key, Verdict.has(verdict, Verdict.DICT));
			}
		}

		private void email(int at) {
			if (!enabled(SensitiveType.EMAIL_ADDRESS) || findings.has(SensitiveType.EMAIL_ADDRESS)) {
				return;
			}
			long span = TextSpans.emailAround(text, at);
			int start = (int) (span >>> 32);
			int end = (int) span;
			if (span >= 0 && EmailAddress.isValid(text.subSequence(start, end))) {
				findings.found(SensitiveType.EMAIL_ADDRESS, start, end, false, false, null, false);
			}
		}

		/** Reads the token starting at {@code start} and tests it when it can be a number or code; returns where it ends. */
		private int token(int start) {
			int len = text.length();
			char first = text.charAt(start);
			if (first == '+' || first == '(') {
				return digitSpan(start);
			}
			int end = start;
			int letters = 0;
			int lower = 0;
			while (end < len && isAlnum(text.charAt(end))) {
				char c = text.charAt(end++);
				if (!isDigit(c)) {
					letters++;
					lower += c >= 'a' && c <= 'z' ? 1 : 0;
				}
			}
			if (letters == 0) {
				return digitSpan(start);
			}
			int length = end - start;
			if (length == letters || lower > 0 || end < len && text.charAt(end) == '@') {
				return end; // a word, or a mixed-case token: no code of interest
			}
			if (length == 4 && letters == 2 && isDigit(text.charAt(start + 2))) {
				end = TextSpans.groupedIbanEnd(text, start, end);
			} else if (length < 8) {
				return end;
			}
			if (!notPersonal(start)) {
				codeCandidate(start, end);
			}
			return end;
		}

		/** A code of upper-case letters and digits (IBAN, fiscal code, NIF, NINO, PAN...). */
		private void codeCandidate(int start, int end) {
			// a spaced IBAN may have taken in a short upper-case word after it: retry without its last groups
			for (int e = end, tries = 0; tries < 3 && e > start; tries++, e = text.lastIndexOf(' ', e - 1)) {
				if (tryType(SensitiveType.IBAN, start, e)) {
					return;
				}
			}
			if (tryType(SensitiveType.IT_FISCAL_CODE, start, end)) {
				return;
			}
			for (SensitiveType t : withContext) {
				if (tryType(t, start, end)) {
					return;
				}
			}
		}

		/** Digits with single separators between groups, an optional leading '+' and parentheses. */
		private int digitSpan(int start) {
			int len = text.length();
			int end = start;
			int digits = 0;
			int dots = 0;
			int otherSeparators = 0;
			while (end < len) {
				char c = text.charAt(end);
				char next = end + 1 < len ? text.charAt(end + 1) : 0;
				if (isDigit(c)) {
					digits++;
				} else if ((c == '+' && end == start) || (c == '(' && isDigit(next))) {
					otherSeparators++;
				} else if (c == ')' && end > start && (next == ' ' || next == '-' || isDigit(next))) {
					otherSeparators++;
				} else if ((c == ' ' || c == '-' || c == '.' || c == '/') && end > start
						&& (isDigit(next) || next == '(') && (isDigit(text.charAt(end - 1)) || text.charAt(end - 1) == ')')) {
					if (c == '.') {
						dots++;
					} else {
						otherSeparators++;
					}
				} else {
					break;
				}
				end++;
			}
			if (end < len && (isAlnum(text.charAt(end)) || text.charAt(end) == '@')) {
				while (end < len && isAlnum(text.charAt(end))) {
					end++; // glued to letters: a model number or a code, not a number of ours
				}
				return end;
			}
			if (digits >= 7 && !notPersonal(start)) {
				numberCandidate(start, end);
			} else if (dots == 3 && otherSeparators == 0) {
				ipCandidate(start, end);
			}
			return Math.max(end, start + 1);
		}

		private void numberCandidate(int start, int end) {
			if (tryType(SensitiveType.CREDIT_CARD_NUMBER, start, end) || tryType(SensitiveType.US_SSN, start, end)
					|| tryType(SensitiveType.FR_INSEE, start, end)) {
				return;
			}
			for (SensitiveType t : withContext) {
				if (tryType(t, start, end)) {
					return;
				}
			}
			if (!phone(start, end) && text.charAt(start) != '+' && text.charAt(start) != '(') {
				ipCandidate(start, end);
			}
		}

		private void ipCandidate(int start, int end) {
			SensitiveType ip = SensitiveType.IP_ADDRESS;
			if (!enabled(ip) || findings.has(ip) || end - start < 7
					|| !IpAddress.isValid(text.subSequence(start, end)) || end - start == 7
					|| (start > 0 && text.charAt(start - 1) == '.') || (end < text.length() - 1 && text.charAt(end) == '.'
							&& isDigit(text.charAt(end + 1)))) {
				return; // 1.2.3.4 is a version far more often than an address
			}
			if (!TextSpans.isProductVersion(text, start, end)) {
				findings.found(ip, start, end, false, false, null, false);
			}
		}

		private boolean phone(int start, int end) {
			SensitiveType type = SensitiveType.PHONE_NUMBER;
			if (!enabled(type) || findings.has(type) || end - start > 32) {
				return false;
			}
			String number = text.substring(start, end);
			int shape = PhoneNumbers.shape(number);
			if (shape == PhoneNumbers.NONE) {
				return false;
			}
			boolean plus = number.charAt(0) == '+';
			boolean cue = TextCues.cuedBy(TextCues.PHONE_CUES, text, start) || named(type, start);
			if (!cue && (!plus || shape == PhoneNumbers.BARE)) {
				return false;
			}
			if (phoneValidations < PHONE_VALIDATIONS) {
				phoneValidations++;
				if (!PhoneNumbers.isValid(number, state.regions)) {
					findings.failed(type);
					return false;
				}
				findings.found(type, start, end, true, cue, null, false);
				return true;
			}
			findings.found(type, start, end, false, cue, null, false);
			return true;
		}

		/** Puts the candidate to the type's test; true when it counts as an occurrence. */
		private boolean tryType(SensitiveType type, int start, int end) {
			TypeDetector d = byType[type.ordinal()];
			if (d == null || findings.has(type)) {
				return false;
			}
			if (profiledStart != start || profiledEnd != end) {
				profile.reset(text.substring(start, end));
				profiledStart = start;
				profiledEnd = end;
			}
			if (!d.admits(profile)) {
				return false;
			}
			int verdict = ValueTestSwitch.test(type, profile, state);
			boolean bare = Verdict.has(verdict, Verdict.BARE);
			if (bare && type == SensitiveType.CREDIT_CARD_NUMBER && profile.length() != 15 && profile.length() != 16
					&& !named(type, start)) {
				return false; // 13- and 19-digit runs are article numbers (EAN-13) far more often than cards
			}
			if (Verdict.level(verdict) == Verdict.VALID) {
				boolean cue = named(type, start);
				boolean alone = ALONE.contains(type) && !(bare && type != SensitiveType.CREDIT_CARD_NUMBER);
				if (alone || cue) {
					findings.found(type, start, end, true, cue, null, false);
					return true;
				}
			} else if (Verdict.level(verdict) == Verdict.FAILED && ALONE.contains(type)
					&& (!bare || type == SensitiveType.CREDIT_CARD_NUMBER)) {
				findings.failed(type);
			}
			return false;
		}

		/**
		 * Whether the word before a number says it is an order, invoice, article... number, and no
		 * type phrase stands before it: "order no 4111..." is an order, "card no 4111..." a card.
		 */
		private boolean notPersonal(int start) {
			if (!TextCues.NOT_PERSONAL_CUES.contains(TextCues.wordBefore(text, start))) {
				return false;
			}
			named(SensitiveType.CREDIT_CARD_NUMBER, start); // reads the words before once
			for (NameFinding f : contextFindings.values()) {
				if (f.isPositive()) {
					return false;
				}
			}
			return true;
		}

		/** Whether the words just before {@code start} name the type ("SSN:", "NHS number", "IBAN"). */
		private boolean named(SensitiveType type, int start) {
			if (contextAt != start) {
				contextAt = start;
				contextFindings = cues.namedBefore(text, start);
			}
			NameFinding f = contextFindings.get(type);
			return f != null && f.isPositive();
		}
	}

	private boolean enabled(SensitiveType type) {
		return enabled.contains(type);
	}
}
