package io.pursight.classification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.PriorityQueue;

import io.pursight.datasource.ValueCounts;

/**
 * A short digest of a column's sampled data, to tell a material change from a re-scan of the
 * same data: the distinct-ratio bucket (tenths) and a hash of the most frequent values. The
 * values themselves are never kept.
 */
public final class Fingerprints {

	static final int TOP_VALUES = 20;

	private Fingerprints() {
	}

	/** Positive when the {@code a}-th value ranks above the {@code b}-th: more frequent, or as frequent and smaller. */
	private static int rank(ValueCounts counts, int a, int b) {
		int byCount = Integer.compare(counts.count(a), counts.count(b));
		return byCount != 0 ? byCount : counts.value(b).compareTo(counts.value(a));
	}

	public static String of(ValueCounts counts) {
		long nonNull = counts.total();
		int bucket = nonNull == 0 ? -1 : (int) Math.floor(10.0 * counts.size() / nonNull);
		// the TOP_VALUES highest ranked, in a heap whose head is the lowest of them: sorting every
		// distinct value of every column cost as much as classifying it
		PriorityQueue<Integer> kept = new PriorityQueue<>(TOP_VALUES + 1, (a, b) -> rank(counts, a, b));
		for (int i = 0; i < counts.size(); i++) {
			if (kept.size() < TOP_VALUES) {
				kept.add(i);
			}
			else if (rank(counts, kept.peek(), i) < 0) {
				kept.poll();
				kept.add(i);
			}
		}
		List<String> top = kept.stream().sorted((a, b) -> rank(counts, b, a)).map(counts::value).toList();
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
