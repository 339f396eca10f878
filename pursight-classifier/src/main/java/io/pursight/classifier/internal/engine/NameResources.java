package io.pursight.classifier.internal.engine;

import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.internal.text.AccentFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name tables kept as resources beside the code: abbreviations and the phrases of other
 * languages. Loaded once, folded like column names (lower case, accents removed).
 */
final class NameResources {
	private static final String ABBREVIATIONS = "/io/pursight/classifier/names/abbreviations.tsv";
	private static final String PHRASES = "/io/pursight/classifier/names/phrases.txt";
	private static final String OTHER_THINGS = "/io/pursight/classifier/names/other-things.tsv";

	private static final Map<String, String[]> ABBREVIATION_TABLE = loadAbbreviations();
	private static final List<NameVocabulary.Phrase> PHRASE_LIST = loadPhrases();
	private static final List<OtherThing> OTHER_THING_LIST = loadOtherThings();

	/**
	 * A phrase that holds a type's phrase and names something else ("network token" holds "token").
	 *
	 * @param words the phrase's folded words, abbreviations not yet written out
	 * @param types the types whose phrases inside it do not count
	 * @param what  what it names instead, as the explanation says it
	 */
	record OtherThing(String[] words, Set<SensitiveType> types, String what) {
	}

	private NameResources() {
	}

	/** Abbreviation to the words it stands for ("fname" to ["first", "name"]); unmodifiable. */
	static Map<String, String[]> abbreviations() {
		return ABBREVIATION_TABLE;
	}

	/** Phrases in other languages and run-together forms, for every type they name. */
	static List<NameVocabulary.Phrase> phrases() {
		return PHRASE_LIST;
	}

	/** Phrases that name something else than the types whose phrases they hold. */
	static List<OtherThing> otherThings() {
		return OTHER_THING_LIST;
	}

	private static List<OtherThing> loadOtherThings() {
		List<OtherThing> things = new ArrayList<>();
		for (String line : lines(OTHER_THINGS)) {
			String[] fields = line.split("\t");
			if (fields.length != 3) {
				throw new IllegalStateException("other-thing line needs three tab-separated fields: " + line);
			}
			Set<SensitiveType> types = EnumSet.noneOf(SensitiveType.class);
			for (String t : fields[0].split(",")) {
				types.add(SensitiveType.valueOf(t.trim()));
			}
			for (String text : fields[2].split(",")) {
				String folded = AccentFolder.fold(text);
				if (!folded.isEmpty()) {
					things.add(new OtherThing(folded.split(" "), Set.copyOf(types), fields[1].trim()));
				}
			}
		}
		return List.copyOf(things);
	}

	private static Map<String, String[]> loadAbbreviations() {
		Map<String, String[]> table = new HashMap<>();
		for (String line : lines(ABBREVIATIONS)) {
			String[] fields = line.split("\t");
			if (fields.length != 2) {
				throw new IllegalStateException("abbreviation line needs two tab-separated fields: " + line);
			}
			table.put(AccentFolder.fold(fields[0]), AccentFolder.fold(fields[1]).split(" "));
		}
		return Map.copyOf(table);
	}

	private static List<NameVocabulary.Phrase> loadPhrases() {
		List<NameVocabulary.Phrase> phrases = new ArrayList<>();
		for (String line : lines(PHRASES)) {
			int colon = line.indexOf(':');
			String[] head = line.substring(0, colon).trim().split(" ");
			SensitiveType type = SensitiveType.valueOf(head[0]);
			double strength = switch (head[1]) {
				case "strong" -> 1.0;
				case "weak" -> 0.5;
				default -> throw new IllegalStateException("strength must be strong or weak: " + line);
			};
			for (String text : line.substring(colon + 1).split(",")) {
				String folded = AccentFolder.fold(text);
				if (!folded.isEmpty()) {
					phrases.add(new NameVocabulary.Phrase(folded.split(" "), type, strength, Cue.ANYWHERE));
				}
			}
		}
		return List.copyOf(phrases);
	}

	private static List<String> lines(String resource) {
		try (InputStream in = NameResources.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("name resource missing: " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> lines = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line);
				}
			}
			return lines;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
