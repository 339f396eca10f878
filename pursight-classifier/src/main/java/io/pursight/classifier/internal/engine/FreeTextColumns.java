package io.pursight.classifier.internal.engine;

import java.util.List;
import java.util.Set;

/**
 * Decides from a column's values whether it holds free text (notes, comments, descriptions,
 * messages: several words of prose) or JSON documents, the columns whose values are searched
 * for types inside them. The values decide; a name such as {@code notes} or {@code payload} only
 * lowers the share of prose-like values that suffices, since short notes ("ok", "call back")
 * sit beside long ones.
 */
final class FreeTextColumns {
	/** Distinct values looked at: enough to tell prose from codes or names, cheap on any column. */
	static final int LOOK_AT = 64;
	/** Share of prose-like values that makes a column free text, without and with a name that says so. */
	static final double TEXT_SHARE = 0.5;
	static final double NAMED_TEXT_SHARE = 0.2;
	/** Column-name words that say a column holds text or documents. */
	static final Set<String> TEXT_WORDS = Set.of("note", "notes", "comment", "comments", "description", "desc",
			"remark", "remarks", "message", "msg", "body", "text", "memo", "detail", "details", "summary", "content",
			"feedback", "review", "bio", "about", "log", "json", "payload", "metadata", "attribute", "attributes",
			"properties", "extra", "info", "observation", "narrative", "instruction", "instructions", "history",
			"reason", "subject", "transcript", "document", "doc", "data");

	/** What kind of text a column holds. */
	enum Kind {
		FREE_TEXT("free text"), JSON("JSON documents");

		final String description;

		Kind(String description) {
			this.description = description;
		}
	}

	private FreeTextColumns() {
	}

	/** FREE_TEXT, JSON, or null when the column holds neither. */
	static Kind kindOf(DistinctValues distinct, List<String> columnWords) {
		int looked = Math.min(distinct.size(), LOOK_AT);
		if (looked == 0) {
			return null;
		}
		boolean named = false;
		for (String w : columnWords) {
			named |= TEXT_WORDS.contains(w);
		}
		int prose = 0;
		int json = 0;
		for (int v = 0; v < looked; v++) {
			String value = distinct.value(v);
			if (JsonFields.isDocument(value)) {
				json++;
			} else if (isProse(value, named)) {
				prose++;
			}
		}
		if (json * 2 >= looked) {
			return Kind.JSON;
		}
		double share = named ? NAMED_TEXT_SHARE : TEXT_SHARE;
		return prose + json >= share * looked && prose + json >= 2 ? Kind.FREE_TEXT : null;
	}

	/** Four words or more over 24 characters; three words over 12 when the name says text. */
	private static boolean isProse(String value, boolean named) {
		int len = value.length();
		if (len < (named ? 12 : 24)) {
			return false;
		}
		int spaces = 0;
		for (int i = 0; i < len && spaces < 3; i++) {
			if (value.charAt(i) == ' ') {
				spaces++;
			}
		}
		return spaces >= (named ? 2 : 3);
	}
}
