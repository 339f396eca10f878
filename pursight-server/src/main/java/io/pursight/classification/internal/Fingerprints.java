package io.pursight.classification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A short digest of a column's sampled data, to tell a material change from a re-scan of the
 * same data: the distinct-ratio bucket (tenths) and a hash of the most frequent values. The
 * values themselves are never kept.
 */
public final class Fingerprints {

	static final int TOP_VALUES = 20;

	private Fingerprints() {
	}

	public static String of(List<String> values) {
		Map<String, Integer> counts = new HashMap<>();
		int nonNull = 0;
		for (String v : values) {
			if (v != null) {
				nonNull++;
				counts.merge(v, 1, Integer::sum);
			}
		}
		int bucket = nonNull == 0 ? -1 : (int) Math.floor(10.0 * counts.size() / nonNull);
		List<String> top = counts.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
						.thenComparing(Map.Entry.comparingByKey()))
				.limit(TOP_VALUES).map(Map.Entry::getKey).toList();
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String v : top) {
				digest.update(v.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return bucket + ":" + HexFormat.of().formatHex(digest.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
