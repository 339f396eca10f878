package io.pursight.classification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A short digest of a column's sampled data, to tell a material change from a re-scan of the
 * same data: the distinct-ratio bucket (tenths) and a hash of the most frequent values. The
 * values themselves are never kept.
 */
public final class Fingerprints {

	static final int TOP_VALUES = 20;

	private Fingerprints() {
	}

	/** Positive when {@code a} ranks above {@code b}: more frequent, or as frequent and the smaller value. */
	private static int rank(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
		int byCount = Integer.compare(a.getValue(), b.getValue());
		return byCount != 0 ? byCount : b.getKey().compareTo(a.getKey());
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
		// the TOP_VALUES highest ranked, in a heap whose head is the lowest of them: sorting every
		// distinct value of every column cost as much as classifying it
		PriorityQueue<Map.Entry<String, Integer>> kept = new PriorityQueue<>(TOP_VALUES + 1, Fingerprints::rank);
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			if (kept.size() < TOP_VALUES) {
				kept.add(entry);
			}
			else if (rank(kept.peek(), entry) < 0) {
				kept.poll();
				kept.add(entry);
			}
		}
		List<String> top = kept.stream().sorted((a, b) -> rank(b, a)).map(Map.Entry::getKey).toList();
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
