package io.pursight.classifier.internal.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.pursight.classifier.SensitiveType;

/** The name vocabulary and word splitter of every built-in detector, as the engine builds them, for tests. */
final class BuiltInVocabulary {

	static final NameVocabulary VOCABULARY;
	static final ColumnWords WORDS;

	static {
		List<NameVocabulary.Phrase> phrases = new ArrayList<>();
		EnumSet<SensitiveType> identifiers = EnumSet.noneOf(SensitiveType.class);
		EnumSet<SensitiveType> named = EnumSet.noneOf(SensitiveType.class);
		for (TypeDetector d : BuiltInDetectors.all()) {
			phrases.addAll(d.phrases);
			if (d.policy.identifier()) {
				identifiers.add(d.type);
			}
			if (d.policy.valueNamed()) {
				named.add(d.type);
			}
		}
		VOCABULARY = new NameVocabulary(phrases, identifiers, named);
		WORDS = new ColumnWords(VOCABULARY.knownWords());
	}

	private BuiltInVocabulary() {
	}
}
