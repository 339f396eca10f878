package io.pursight.classifier.internal.engine;

import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.internal.text.AccentFolder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words around a candidate inside free text, read with the engine's column-name
 * vocabulary: "SSN:" before a number or a JSON key {@code "phone"} name a type the way a
 * column name does. Immutable.
 */
final class TextCues {
	/** How far before a candidate a word naming its type is looked for: characters, then words. */
	private static final int CONTEXT_CHARS = 32;
	private static final int WORDS_BEFORE = 4;
	private static final Map<String, String[]> ABBREVIATIONS = NameResources.abbreviations();
	/** Words before a number that make it a phone number, besides the phone phrases of the vocabulary. */
	static final Set<String> PHONE_CUES = Set.of("call", "called", "calling", "ring", "reach", "whatsapp", "sms",
			"text", "tel", "tél", "telefon", "telefono", "teléfono", "téléphone", "telephone", "handy", "movil",
			"móvil", "cell", "tlf", "tfno", "mob", "ph", "phone", "mobile", "fax", "anrufen", "appeler", "llamar");
	/** Words before a dotted quad that make it a version rather than an address. */
	static final Set<String> VERSION_CUES = Set.of("v", "version", "ver", "build", "release", "firmware", "fw", "rev",
			"revision", "update", "patch");
	/** Browsers, systems and runtimes, whose names come before their versions in user agents and banners. */
	static final Set<String> PRODUCT_CUES = Set.of("chrome", "chromium", "firefox", "safari", "edge", "opera", "opr",
			"android", "ios", "ipados", "macos", "windows", "kernel", "sdk", "bios", "java", "jdk", "jre", "node",
			"python", "php", "openssl", "nginx", "webkit", "gecko", "trident");

	/**
	 * Words before a number or code that say what it is, and it is nothing personal: an order,
	 * tracking or article number of card or SSN length is still an order number.
	 */
	static final Set<String> NOT_PERSONAL_CUES = Set.of("order", "orders", "invoice", "tracking", "sku", "ean", "upc",
			"gtin", "isbn", "serial", "ref", "reference", "ticket", "model", "part", "item", "article", "batch", "lot",
			"transaction", "txn", "confirmation", "booking", "case", "shipment", "parcel", "product", "id", "no", "nr",
			"build", "version", "pid", "port", "job", "request", "session", "trace", "span", "bestellung", "commande",
			"pedido", "rechnung", "facture", "factura", "sendung", "artikel");

	private final NameVocabulary vocabulary;
	private final ColumnWords words;

	TextCues(NameVocabulary vocabulary, ColumnWords words) {
		this.vocabulary = vocabulary;
		this.words = words;
	}

	/**
	 * The types the last few words before {@code start} name, as a comment naming them would.
	 * Most words before a number start no phrase ("on", "shipped"), so the vocabulary is read only
	 * when one of them could.
	 */
	Map<SensitiveType, NameFinding> namedBefore(String text, int start) {
		String[] before = AccentFolder.fold(text.substring(Math.max(0, start - CONTEXT_CHARS), start)).split(" ");
		int from = Math.max(0, before.length - WORDS_BEFORE);
		boolean mayName = false;
		for (int k = from; k < before.length && !mayName; k++) {
			String w = before[k];
			mayName = vocabulary.startsPhrase(w) || vocabulary.startsPhrase(ColumnWords.singular(w))
					|| ABBREVIATIONS.containsKey(w);
		}
		if (!mayName) {
			return Map.of();
		}
		List<String> w = words.ofText(String.join(" ", java.util.Arrays.asList(before).subList(from, before.length)));
		return w.isEmpty() ? Map.of() : vocabulary.read(w, NameContext.NONE, "text", false);
	}

	/** The type a JSON key names outright (a strong phrase with no attribute word after it) among {@code enabled}, or null. */
	SensitiveType namedByKey(String key, Set<SensitiveType> enabled) {
		SensitiveType best = null;
		double strength = 0;
		for (Map.Entry<SensitiveType, NameFinding> e : vocabulary
				.read(words.ofIdentifier(key), NameContext.NONE, "JSON key", true).entrySet()) {
			NameFinding f = e.getValue();
			if (f.isPositive() && f.strength() >= 1.0 && f.strength() > strength && enabled.contains(e.getKey())) {
				best = e.getKey();
				strength = f.strength();
			}
		}
		return best;
	}

	/** Whether one of the three words before {@code start} is in {@code cues}: "call me at (415)...", "Tel. 030...". */
	static boolean cuedBy(Set<String> cues, String text, int start) {
		int at = start;
		for (int k = 0; k < 3 && at > 0; k++) {
			String word = wordBefore(text, at);
			if (cues.contains(word)) {
				return true;
			}
			int back = at;
			while (back > 0 && !NamesInText.isLetter(text.charAt(back - 1)) && at - back < 4) {
				back--;
			}
			at = back - word.length();
			if (word.isEmpty()) {
				return false;
			}
		}
		return false;
	}

	/** The lower-case word just before {@code start}, skipping a few spaces and punctuation; empty when none. */
	static String wordBefore(String text, int start) {
		int end = start;
		while (end > 0 && !NamesInText.isLetter(text.charAt(end - 1)) && start - end < 4) {
			end--;
		}
		int begin = end;
		while (begin > 0 && NamesInText.isLetter(text.charAt(begin - 1))) {
			begin--;
		}
		return begin == end ? "" : text.substring(begin, end).toLowerCase(Locale.ROOT);
	}
}
