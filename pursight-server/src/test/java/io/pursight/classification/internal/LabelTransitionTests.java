package io.pursight.classification.internal;

import java.util.List;

import io.pursight.classifier.Decision;
import io.pursight.datasource.ValueCounts;
import org.junit.jupiter.api.Test;

import static io.pursight.classification.ClassificationStatus.APPLIED;
import static io.pursight.classification.ClassificationStatus.APPROVED;
import static io.pursight.classification.ClassificationStatus.PENDING_REVIEW;
import static io.pursight.classification.ClassificationStatus.REJECTED;
import static io.pursight.classification.ClassificationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

class LabelTransitionTests {

	@Test
	void newResultsBecomeAppliedOrPendingOrNothing() {
		assertThat(LabelTransition.next(null, null, Decision.APPLY, "f")).isEqualTo(APPLIED);
		assertThat(LabelTransition.next(null, null, Decision.REVIEW, "f")).isEqualTo(PENDING_REVIEW);
		assertThat(LabelTransition.next(null, null, Decision.IGNORE, "f")).isNull();
	}

	@Test
	void automaticLabelsFollowTheScan() {
		assertThat(LabelTransition.next(PENDING_REVIEW, "f", Decision.APPLY, "f")).isEqualTo(APPLIED);
		assertThat(LabelTransition.next(APPLIED, "f", Decision.REVIEW, "f")).isEqualTo(PENDING_REVIEW);
		assertThat(LabelTransition.next(APPLIED, "f", Decision.IGNORE, "f")).isEqualTo(WITHDRAWN);
		assertThat(LabelTransition.next(WITHDRAWN, "f", Decision.IGNORE, "f")).isNull();
		assertThat(LabelTransition.next(WITHDRAWN, "f", Decision.APPLY, "g")).isEqualTo(APPLIED);
	}

	@Test
	void approvedLabelsAreNeverOverridden() {
		for (Decision d : Decision.values()) {
			assertThat(LabelTransition.next(APPROVED, "f", d, "g")).isNull();
		}
	}

	@Test
	void rejectedLabelsComeBackOnlyForReviewAfterAMaterialChange() {
		assertThat(LabelTransition.next(REJECTED, "f", Decision.APPLY, "f")).isNull();
		assertThat(LabelTransition.next(REJECTED, "f", Decision.APPLY, "g")).isEqualTo(PENDING_REVIEW);
		assertThat(LabelTransition.next(REJECTED, "f", Decision.IGNORE, "g")).isNull();
	}

	@Test
	void fingerprintsIgnoreOrderButSeeNewValues() {
		assertThat(fingerprint(List.of("a", "b", "b"))).isEqualTo(fingerprint(List.of("b", "a", "b")));
		assertThat(fingerprint(List.of("a", "b", "b"))).isNotEqualTo(fingerprint(List.of("a", "c", "c")));
		assertThat(fingerprint(java.util.Arrays.asList(null, null))).startsWith("-1:");
	}

	@Test
	void aFingerprintDependsOnTheTwentyMostFrequentValuesTiesBrokenByValue() throws Exception {
		java.util.Random random = new java.util.Random(7);
		List<String> values = new java.util.ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			values.add("v" + random.nextInt(300) / 4); // 75 values, many tied counts
		}
		// the same multiset in another order, plus a value that occurs too rarely to be among the twenty
		List<String> shuffled = new java.util.ArrayList<>(values);
		java.util.Collections.shuffle(shuffled, random);
		assertThat(fingerprint(shuffled)).isEqualTo(fingerprint(values));
		// raising the 21st value above the 20th changes it; lowering the 23rd does not
		java.util.Map<String, Long> counts = values.stream().collect(java.util.stream.Collectors.groupingBy(v -> v,
				java.util.stream.Collectors.counting()));
		List<String> ranked = counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue()
				.reversed().thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey).toList();
		assertThat(fingerprint(values)).as("the digest of the twenty, as stored by earlier versions")
				.isEqualTo("0:" + sha256(ranked.subList(0, 20)));
		List<String> promoted = new java.util.ArrayList<>(values);
		for (long n = counts.get(ranked.get(20)); n <= counts.get(ranked.get(19)); n++) {
			promoted.add(ranked.get(20));
		}
		assertThat(fingerprint(promoted)).isNotEqualTo(fingerprint(values));
		List<String> below = new java.util.ArrayList<>(values);
		below.remove(ranked.get(22));
		assertThat(counts.get(ranked.get(22))).isGreaterThan(1L); // the same distinct values, so the same bucket
		assertThat(fingerprint(below)).isEqualTo(fingerprint(values));
	}

	private static String sha256(List<String> values) throws Exception {
		java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
		for (String v : values) {
			digest.update(v.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		return java.util.HexFormat.of().formatHex(digest.digest(), 0, 12);
	}

	private static String fingerprint(List<String> values) {
		return Fingerprints.of(ValueCounts.of(values));
	}
}
