package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.internal.text.ValueProfile;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The shapes of names of people, places and streets: a capitalised word no dictionary holds
 * still has the shape (it does not contradict a name that says the type), a dictionary hit
 * adds support, and a common word in lower case does not have the shape.
 */
class ProperNounShapeTests {
	private static int verdict(BiFunction<ValueProfile, ScanState, Integer> test, String value) {
		ValueProfile profile = new ValueProfile();
		profile.reset(value);
		return test.apply(profile, null);
	}

	@Test
	void takesAnUnknownCapitalisedPlaceForAPlaceTheDictionaryLacks() {
		assertThat(verdict(PeopleAndPlaceTests::city, "Kelvorby")).isEqualTo(Verdict.SHAPE);
		assertThat(verdict(PeopleAndPlaceTests::stateProvince, "Dunmar Oblast")).isEqualTo(Verdict.SHAPE);
		assertThat(verdict(PeopleAndPlaceTests::personName, "Hillyerova")).isEqualTo(Verdict.SHAPE);
	}

	@Test
	void marksDictionaryHitsWhateverTheCase() {
		assertThat(verdict(PeopleAndPlaceTests::city, "London")).isEqualTo(Verdict.SHAPE | Verdict.DICT);
		assertThat(verdict(PeopleAndPlaceTests::city, "london")).isEqualTo(Verdict.SHAPE | Verdict.DICT);
		assertThat(verdict(PeopleAndPlaceTests::country, "germany")).isEqualTo(Verdict.SHAPE | Verdict.DICT);
	}

	@Test
	void doesNotGiveLowerCaseCommonWordsTheShapeOfAName() {
		for (String word : new String[] {"pending", "shipped", "in progress", "unknown"}) {
			assertThat(verdict(PeopleAndPlaceTests::city, word)).as(word).isEqualTo(Verdict.NONE);
			assertThat(verdict(PeopleAndPlaceTests::stateProvince, word)).as(word).isEqualTo(Verdict.NONE);
			assertThat(verdict(PeopleAndPlaceTests::country, word)).as(word).isEqualTo(Verdict.NONE);
			assertThat(verdict(PeopleAndPlaceTests::personName, word)).as(word).isEqualTo(Verdict.NONE);
			assertThat(verdict(PeopleAndPlaceTests::streetAddress, word)).as(word).isEqualTo(Verdict.NONE);
		}
	}

	@Test
	void takesStreetsWithoutANumberOrAStreetWordByTheirShape() {
		assertThat(verdict(PeopleAndPlaceTests::streetAddress, "Unter den Linden")).isEqualTo(Verdict.SHAPE);
		assertThat(verdict(PeopleAndPlaceTests::streetAddress, "Åkergatan")).isEqualTo(Verdict.SHAPE | Verdict.DICT);
		assertThat(verdict(PeopleAndPlaceTests::streetAddress, "12 Abbey Road")).isEqualTo(Verdict.SHAPE | Verdict.DICT);
		assertThat(verdict(PeopleAndPlaceTests::streetAddress, "Ref 12345678")).isEqualTo(Verdict.NONE);
	}
}
