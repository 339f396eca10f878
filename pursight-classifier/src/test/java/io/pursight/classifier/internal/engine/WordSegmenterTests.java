package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The segmentation itself, over a small vocabulary: all parts known, fewest and longest parts, short parts listed. */
class WordSegmenterTests {
	private static final Set<String> KNOWN = Set.of("mother", "maiden", "name", "first", "last", "date", "of", "birth",
			"post", "age", "no", "phone", "us", "pass", "port", "passport", "email", "mail", "address", "telefon", "nummer",
			"state", "mobile", "number");
	private static final WordSegmenter SEGMENTER = new WordSegmenter(KNOWN, Set.of("of", "no"));

	@Test
	void splitsATokenWhoseEveryPartIsKnown() {
		assertThat(SEGMENTER.split("firstname")).containsExactly("first", "name");
		assertThat(SEGMENTER.split("dateofbirth")).containsExactly("date", "of", "birth");
		assertThat(SEGMENTER.split("phoneno")).containsExactly("phone", "no");
	}

	@Test
	void readsAPartWithAPluralOrPossessiveS() {
		assertThat(SEGMENTER.split("mothersmaiden")).containsExactly("mother", "maiden");
	}

	@Test
	void prefersFewerAndLongerParts() {
		assertThat(SEGMENTER.split("passportno")).containsExactly("passport", "no");
		assertThat(SEGMENTER.split("emailaddress")).containsExactly("email", "address");
	}

	@Test
	void leavesTokensWithAnUnknownPartWhole() {
		assertThat(SEGMENTER.split("scandate")).isNull();
		assertThat(SEGMENTER.split("zzkbxq")).isNull();
		assertThat(SEGMENTER.split("nameless")).isNull();
	}

	@Test
	void splitsOnlyAtShortWordsListedAsParts() {
		// "age" and "us" are known but not listed: postage and usage are words of their own
		assertThat(SEGMENTER.split("postage")).isNull();
		assertThat(SEGMENTER.split("usage")).isNull();
	}

	@Test
	void needsAtLeastTwoParts() {
		assertThat(SEGMENTER.split("mother")).isNull();
		assertThat(SEGMENTER.split("name")).isNull();
	}

	@Test
	void readsAKnownHeadAfterAnUnknownModifier() {
		assertThat(SEGMENTER.splitHead("wohnaddress")).containsExactly("wohn", "address");
		assertThat(SEGMENTER.splitHead("vermietertelefon")).containsExactly("vermieter", "telefon");
		assertThat(SEGMENTER.splitHead("dropoffaddress")).containsExactly("dropoff", "address");
	}

	@Test
	void readsTheLongestHeadAndSplitsAHeadThatIsItselfACompound() {
		assertThat(SEGMENTER.splitHead("kontakttelefonnummer")).containsExactly("kontakt", "telefon", "nummer");
		assertThat(SEGMENTER.splitHead("zweitpassport")).containsExactly("zweit", "passport");
	}

	@Test
	void readsNoHeadShorterThanTheMinimumOrAfterATooShortModifier() {
		assertThat(SEGMENTER.splitHead("megaphone")).isNull();
		assertThat(SEGMENTER.splitHead("nickname")).isNull();
		assertThat(SEGMENTER.splitHead("interstate")).isNull();
		assertThat(SEGMENTER.splitHead("immobile")).isNull();
		assertThat(SEGMENTER.splitHead("zzkbxqwvr")).isNull();
	}

	@Test
	void keepsAModifierOfLettersOnly() {
		assertThat(SEGMENTER.splitHead("x9zaddress")).isNull();
	}
}
