package io.pursight.classifier.internal.engine;

/**
 * What a free-text column showed of one type found inside its values: how many values hold
 * it, how it was confirmed and where in the text it sits. Offsets and counts only, never the
 * text itself, so that nothing of a value outlives the classification. Confined to one
 * classification.
 */
final class EmbeddedTally {
	/** Values holding at least one confirmed occurrence. */
	int values;
	/** Of them, values whose occurrence passed a check (Luhn, mod 97, check digits, libphonenumber). */
	int validated;
	/** Of them, values whose occurrence had a word naming the type just before it. */
	int withContext;
	/** Of them, values whose occurrence was the value of a JSON key naming the type. */
	int inJson;
	/** Of them, values whose occurrence is a known name (given name or surname dictionary). */
	int inDictionary;
	/** Values with a candidate of the type's layout that failed its check, and no occurrence that passed. */
	int failed;
	/** Values whose first occurrence lies in the first, middle or last third of the text. */
	int atStart;
	int inMiddle;
	int atEnd;
	/** A JSON key under which the type was found first, or null. */
	String firstJsonKey;
	/** Where the first example occurs: characters [from, to) of a value of {@code exampleLength} characters. */
	int exampleFrom = -1;
	int exampleTo;
	int exampleLength;

	/** Counts {@code times} values whose first occurrence is characters [from, to) of a {@code length}-character text. */
	void add(int from, int to, int length, int times, boolean checked, boolean context, String jsonKey,
			boolean dictionary) {
		values += times;
		if (checked) {
			validated += times;
		}
		if (context) {
			withContext += times;
		}
		if (dictionary) {
			inDictionary += times;
		}
		if (jsonKey != null) {
			inJson += times;
			if (firstJsonKey == null) {
				firstJsonKey = jsonKey;
			}
		}
		int centre = (from + to) / 2;
		if (centre * 3 < length) {
			atStart += times;
		} else if (centre * 3 >= 2 * length) {
			atEnd += times;
		} else {
			inMiddle += times;
		}
		if (exampleFrom < 0) {
			exampleFrom = from;
			exampleTo = to;
			exampleLength = length;
		}
	}

	void addFailed(int times) {
		failed += times;
	}

	/** Where the occurrences sit, e.g. "mostly in the middle of the text; characters 41–63 of a 180-character value in the first example". */
	String where() {
		String place;
		int top = Math.max(atStart, Math.max(inMiddle, atEnd));
		String most = top == atStart ? "at the start" : top == inMiddle ? "in the middle" : "at the end";
		if (top == values) {
			place = (values == 1 ? "" : "always ") + most + " of the text";
		} else if (top * 2 > values) {
			place = "mostly " + most + " of the text";
		} else {
			place = "spread over the start, middle and end of the text";
		}
		return place + "; characters " + (exampleFrom + 1) + "\u2013" + exampleTo + " of a " + exampleLength
				+ "-character value in the first example";
	}
}
