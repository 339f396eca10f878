package io.pursight.classifier;

/**
 * Where in a column's values a type was found. A column of e-mail addresses and a column of
 * support notes that mention an e-mail address now and then both hold e-mail addresses, but
 * they call for different handling (masking the column versus redacting inside the text), so a
 * match says which it is.
 */
public enum Occurrence {
	/** Each value is (or is meant to be) the type as a whole: {@code jane@example.com} in an {@code email} column. */
	WHOLE_VALUE,
	/**
	 * The type occurs inside longer values: free text (notes, comments, descriptions, messages) or
	 * JSON documents. The evidence then counts the values that contain it and says where in the
	 * value it tends to occur.
	 */
	EMBEDDED_IN_TEXT
}
