package io.pursight.classifier.internal.engine;

import io.pursight.classifier.SensitiveType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases that name each type in column names and comments, and how a name is read:
 * the longest phrase wins ("email address" is an email, not an address), and a phrase only
 * counts when it is the head of the name: {@code email_verified}, {@code city_id},
 * {@code is_email} or {@code billing_address_city} mention a type without holding it.
 */
final class NameVocabulary {
	/** Words after a phrase that turn the name into an attribute of the thing (a flag, a key, a count...). */
	static final Set<String> ATTRIBUTE_WORDS = Set.of("id", "ids", "fk", "ref", "uuid", "guid", "count", "cnt",
			"total", "flag", "verified", "verification", "valid", "validated", "confirmed", "confirmation", "enabled",
			"disabled", "status", "type", "kind", "format", "length", "len", "size", "hash", "hashed", "md5", "sha1",
			"sha256", "sent", "at", "on", "date", "time", "ts", "timestamp", "updated", "created", "changed", "modified",
			"expires", "expiry", "expiration", "exp", "opt", "optin", "optout", "consent", "preference", "pref",
			"template", "domain", "provider", "bounce", "bounced", "language", "lang", "locale", "timezone", "tz",
			"source", "policy", "hint", "reset", "attempts", "retries", "last4", "suffix", "brand", "issuer", "holder",
			"ext", "extension", "description", "desc", "path", "file", "filename", "mime", "width", "height", "index",
			"idx", "rank", "score", "level", "category", "label", "lock", "locked", "mask", "visible", "required",
			"allowed", "blocked", "list", "sequence", "seq", "version", "checksum", "code", "key", "number", "no", "nr",
			"num", "url", "uri", "link", "group", "range", "bucket", "band", "year", "month", "day", "name", "title",
			"quality", "accuracy", "precision", "radius", "distance", "limit", "max", "min", "avg", "mean", "sum");

	/** Attribute words that do not negate identifier types: an {@code ssn_number} or {@code nhs_id} is still the id. */
	static final Set<String> IDENTIFIER_SUFFIXES = Set.of("id", "ids", "number", "no", "nr", "num", "code", "key");

	/** Attribute words that do not negate value-named types: a {@code country_name} is still a country. */
	static final Set<String> NAME_SUFFIXES = Set.of("name", "title", "label", "abbr", "abbreviation");

	/**
	 * Last words of a column name that say what the column is, and it is no sensitive type:
	 * {@code app_version}, {@code order_number}, {@code total_amount}. Values that merely look
	 * like a type (1.2.3.4 like an IP, a 16-digit order number like a card) are then only suggested.
	 */
	static final Set<String> NON_SENSITIVE_HEADS = Set.of("version", "build", "release", "revision", "sku", "checksum",
			"hash", "digest", "amount", "price", "total", "sum", "count", "quantity", "qty", "status", "type", "kind",
			"category", "sequence", "seq", "number", "no", "nr", "num", "id", "ids", "uuid", "guid", "index", "idx",
			"rank", "score", "size", "length", "duration", "weight", "height", "width", "depth", "balance", "rate",
			"ratio", "percent", "percentage", "level", "year", "month", "day", "date", "time", "timestamp", "ts",
			"created", "updated", "modified", "flag", "enabled", "active", "deleted", "sort", "order",
			"position", "priority", "color", "colour", "description", "comment", "notes", "note", "title", "label",
			"tag", "tags", "reference", "ref", "code", "hashcode", "etag", "signature", "mime", "format", "extension",
			"ext", "path", "filename", "file");

	/** Words before a phrase that turn the name into a flag or a count. */
	static final Set<String> NEGATING_PREFIXES = Set.of("is", "has", "num", "count", "total", "n", "nb", "no", "max",
			"min", "avg", "number", "cnt", "valid", "invalid", "missing", "allow", "allows", "require", "requires",
			"use", "uses", "send", "sent", "verify", "verified", "enable", "enabled", "show", "hide", "can");

	/** Harmless qualifiers; listed so that run-together names split into them ("billingcity"). */
	static final Set<String> MODIFIERS = Set.of("billing", "shipping", "ship", "home", "work", "office", "business",
			"primary", "secondary", "alternate", "alt", "other", "mobile", "personal", "private", "public", "current",
			"previous", "old", "new", "main", "default", "mailing", "postal", "delivery", "invoice", "bill", "residential",
			"permanent", "temporary", "contact", "customer", "employee", "user", "client", "patient", "member", "line",
			"full", "legal", "preferred", "registered", "emergency", "parent", "mother", "father", "spouse", "guardian",
			"of", "the", "and", "for", "to", "from", "by", "in", "with", "raw", "clean", "normalized", "masked", "enc",
			"encrypted", "plain", "text", "value", "val", "data", "info", "detail", "details", "field", "col", "column",
			"note", "notes", "comment", "comments", "abbr", "abbreviation", "short", "long", "local", "native",
			"international", "national", "official", "display", "first", "last", "middle");

	/**
	 * Head words that name a key of the thing the phrase before them names ({@code acct_id}, {@code patientId}),
	 * or the phrase's own last word ({@code patient id}): whether the column holds keys or the thing's
	 * identifier, the values tell ({@link KeyColumns}).
	 */
	static final Set<String> KEY_WORDS = Set.of("id", "ids");

	record Phrase(String[] words, SensitiveType type, double strength, Cue cue) {
	}

	/** A phrase that names something else than the types whose phrases it holds, abbreviations written out. */
	private record OtherThing(String[] words, Set<SensitiveType> types, String what) {
	}

	private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
	private final Set<SensitiveType> identifierTypes;
	private final Set<SensitiveType> valueNamedTypes;
	private final Set<String> knownWords = new HashSet<>();
	private final List<OtherThing> otherThings = new ArrayList<>();

	NameVocabulary(List<Phrase> phrases, Set<SensitiveType> identifierTypes, Set<SensitiveType> valueNamedTypes) {
		this.identifierTypes = identifierTypes;
		this.valueNamedTypes = valueNamedTypes;
		Set<SensitiveType> types = EnumSet.noneOf(SensitiveType.class);
		List<Phrase> all = new ArrayList<>(phrases);
		for (Phrase p : phrases) {
			types.add(p.type());
		}
		// the resource phrases of a type count only when the type itself is enabled
		for (Phrase p : NameResources.phrases()) {
			if (types.contains(p.type())) {
				all.add(p);
			}
		}
		Map<String, String[]> abbreviations = NameResources.abbreviations();
		for (Phrase p : all) {
			Phrase canonical = new Phrase(writtenOut(p.words(), abbreviations), p.type(), p.strength(), p.cue());
			byFirstWord.computeIfAbsent(canonical.words()[0], k -> new ArrayList<>()).add(canonical);
			knownWords.addAll(List.of(p.words()));
			knownWords.addAll(List.of(canonical.words()));
		}
		for (NameResources.OtherThing o : NameResources.otherThings()) {
			otherThings.add(new OtherThing(writtenOut(o.words(), abbreviations), o.types(), o.what()));
			knownWords.addAll(List.of(o.words()));
		}
		knownWords.removeAll(vagueWords(all));
		knownWords.addAll(ATTRIBUTE_WORDS);
		knownWords.addAll(NEGATING_PREFIXES);
		knownWords.addAll(MODIFIERS);
		knownWords.addAll(NameContext.PERSON_ENTITIES);
		knownWords.addAll(NameContext.ORGANIZATION_ENTITIES);
	}

	/**
	 * A phrase with its abbreviations written out, as {@link ColumnWords} writes out a column's:
	 * "acct no" and "account no" are then one phrase, and "acct_no" meets both.
	 */
	private static String[] writtenOut(String[] words, Map<String, String[]> abbreviations) {
		List<String> out = new ArrayList<>();
		for (String w : words) {
			String[] full = abbreviations.get(w);
			out.addAll(full == null ? List.of(w) : List.of(full));
		}
		return out.toArray(String[]::new);
	}

	/**
	 * Words that are only ever a weak hint on their own and belong to no strong phrase
	 * ("land"): inside a run-together token they are far more often part of another word
	 * ({@code landline}, {@code mainland}) than a word of their own.
	 */
	private static Set<String> vagueWords(List<Phrase> phrases) {
		Set<String> weakAlone = new HashSet<>();
		Set<String> inStrong = new HashSet<>();
		for (Phrase p : phrases) {
			if (p.strength() >= 1.0) {
				inStrong.addAll(List.of(p.words()));
			} else if (p.words().length == 1) {
				weakAlone.add(p.words()[0]);
			}
		}
		weakAlone.removeAll(inStrong);
		return weakAlone;
	}

	/**
	 * The words a column name is read in, which {@link ColumnWords} may split a run-together
	 * token into; vague words are left out (see {@link #vagueWords}) and still read when written apart.
	 */
	Set<String> knownWords() {
		return knownWords;
	}

	/** Whether some phrase starts with this folded word: a cheap test before {@link #read} on free text. */
	boolean startsPhrase(String word) {
		return byFirstWord.containsKey(word);
	}

	private record Occurrence(int start, int end, Phrase phrase) {
	}

	/** Reads a column name (or a comment, where attributes do not negate) into findings per type. */
	Map<SensitiveType, NameFinding> read(List<String> words, NameContext context, String source, boolean headRule) {
		List<Occurrence> all = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			for (Phrase p : byFirstWord.getOrDefault(words.get(i), List.of())) {
				if (matchesAt(words, i, p.words()) && p.cue().holdsIn(context)) {
					all.add(new Occurrence(i, i + p.words().length, p));
				}
			}
		}
		// longest phrases claim their words first; among equals, the stronger one
		all.sort(Comparator.comparingInt((Occurrence o) -> o.end - o.start).reversed()
				.thenComparing(o -> -o.phrase.strength()).thenComparingInt(o -> o.start));
		boolean[] claimed = new boolean[words.size()];
		List<Occurrence> chosen = new ArrayList<>();
		for (Occurrence o : all) {
			boolean free = true;
			for (int k = o.start; k < o.end && free; k++) {
				free = !claimed[k];
			}
			if (free || (claimed[o.start] && isSameSpanOfOtherType(chosen, o))) {
				for (int k = o.start; k < o.end; k++) {
					claimed[k] = true;
				}
				chosen.add(o);
			}
		}
		Map<SensitiveType, NameFinding> findings = new EnumMap<>(SensitiveType.class);
		for (Occurrence o : chosen) {
			SensitiveType type = o.phrase.type();
			String text = String.join(" ", o.phrase.words());
			String negation = otherThing(words, o, headRule ? context.tableWords() : List.of());
			if (negation == null && headRule) {
				negation = negation(words, o, chosen);
			}
			NameFinding finding = new NameFinding(o.phrase.strength(), text, source, negation,
					headRule ? keyWord(words, o) : null);
			NameFinding previous = findings.get(type);
			if (previous == null || better(finding, previous)) {
				findings.put(type, finding);
			}
		}
		return findings;
	}

	/**
	 * Why the phrase does not name its type when a longer phrase around it names something else
	 * ("network token" around "token"); null otherwise. Read in comments too. A column name that
	 * begins with the phrase may have the longer phrase begun by its table's name: the {@code token}
	 * column of a table of {@code cards} names a card token.
	 */
	private String otherThing(List<String> words, Occurrence o, List<String> tableWords) {
		String found = otherThing(words, o.start, o.end, o.phrase.type());
		if (found != null || o.start > 0 || tableWords.isEmpty()) {
			return found;
		}
		List<String> joined = new ArrayList<>(tableWords);
		joined.addAll(words);
		return otherThing(joined, o.start + tableWords.size(), o.end + tableWords.size(), o.phrase.type());
	}

	private String otherThing(List<String> words, int start, int end, SensitiveType type) {
		for (OtherThing thing : otherThings) {
			if (!thing.types().contains(type)) {
				continue;
			}
			int length = thing.words().length;
			for (int i = Math.max(0, end - length); i <= start && i + length <= words.size(); i++) {
				if (i + length >= end && matchesAt(words, i, thing.words())) {
					return "'" + String.join(" ", thing.words()) + "' names " + thing.what();
				}
			}
		}
		return null;
	}

	/** The key word that ends the name right after the phrase, or that ends the phrase itself; null otherwise. */
	private static String keyWord(List<String> words, Occurrence o) {
		String[] phrase = o.phrase.words();
		if (o.end == words.size() && KEY_WORDS.contains(phrase[phrase.length - 1])) {
			return phrase[phrase.length - 1];
		}
		return o.end == words.size() - 1 && KEY_WORDS.contains(words.get(o.end)) ? words.get(o.end) : null;
	}

	/** Phrases shared by several types ("tax id") are kept for each of them. */
	private static boolean isSameSpanOfOtherType(List<Occurrence> chosen, Occurrence o) {
		for (Occurrence c : chosen) {
			if (c.start == o.start && c.end == o.end && c.phrase.type() != o.phrase.type()) {
				return true;
			}
		}
		return false;
	}

	private static boolean better(NameFinding a, NameFinding b) {
		if (a.isPositive() != b.isPositive()) {
			return a.isPositive();
		}
		return a.strength() > b.strength();
	}

	private String negation(List<String> words, Occurrence o, List<Occurrence> chosen) {
		SensitiveType type = o.phrase.type();
		if (o.start > 0 && NEGATING_PREFIXES.contains(words.get(o.start - 1)) && !claimedByOther(chosen, o.start - 1)) {
			return "'" + words.get(o.start - 1) + "' makes it a flag or count";
		}
		for (int k = o.end; k < words.size(); k++) {
			String w = words.get(k);
			Occurrence later = occurrenceAt(chosen, k);
			if (later != null && later.phrase.type() != type) {
				return "the name is about '" + String.join(" ", later.phrase.words()) + "'";
			}
			if (later != null) {
				continue;
			}
			if (ATTRIBUTE_WORDS.contains(w)) {
				if (identifierTypes.contains(type) && IDENTIFIER_SUFFIXES.contains(w)) {
					continue;
				}
				if (valueNamedTypes.contains(type) && NAME_SUFFIXES.contains(w)) {
					continue;
				}
				return "'" + w + "' describes an attribute, not the value";
			}
		}
		return null;
	}

	private static boolean claimedByOther(List<Occurrence> chosen, int index) {
		return occurrenceAt(chosen, index) != null;
	}

	private static Occurrence occurrenceAt(List<Occurrence> chosen, int index) {
		for (Occurrence c : chosen) {
			if (index >= c.start && index < c.end) {
				return c;
			}
		}
		return null;
	}

	private static boolean matchesAt(List<String> words, int i, String[] phrase) {
		if (i + phrase.length > words.size()) {
			return false;
		}
		for (int k = 0; k < phrase.length; k++) {
			if (!words.get(i + k).equals(phrase[k])) {
				return false;
			}
		}
		return true;
	}
}
