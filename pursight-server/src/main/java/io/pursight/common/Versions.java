package io.pursight.common;


/** Reads the version a client claims to have seen from an {@code If-Match} ETag such as {@code "3"}. */
public final class Versions {

	private Versions() {
	}

	public static long fromIfMatch(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new Problem(ProblemKind.PRECONDITION_REQUIRED,
					"Send the version you read as 'If-Match' (the ETag of your GET) so that concurrent changes are not lost.");
		}
		String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException e) {
			throw Problem.invalid("If-Match must be the ETag you received, such as \"3\".");
		}
	}
}
