package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesInTextTests {

	private static String find(String text) {
		NamesInText.Found f = new NamesInText.Found();
		NamesInText.find(text, f);
		return f.from < 0 ? null : text.substring(f.from, f.to);
	}

	@Test
	void findsANameAfterATitle() {
		assertThat(find("Spoke to Mr. Buchanan about the renewal")).isEqualTo("Buchanan");
		assertThat(find("Rückruf von Frau Okonkwo erbeten")).isEqualTo("Okonkwo");
	}

	@Test
	void findsAKnownNameAfterAGreetingOnly() {
		assertThat(find("Dear Maria, thank you")).isEqualTo("Maria");
		assertThat(find("Dear Customer, thank you")).isNull();
		assertThat(find("Hello World from the team")).isNull();
	}

	@Test
	void findsAGivenNameFollowedByASurname() {
		assertThat(find("Handed over to Robert King yesterday")).isEqualTo("Robert King");
	}

	@Test
	void ignoresNamesThatArePartOfPlacesOrCompanies() {
		assertThat(find("Deliver to Martin Luther King Boulevard")).isNull();
		assertThat(find("Invoice from Linda Green Consulting Group Ltd")).isNull();
		assertThat(find("graduated from St. Lawrence College")).isNull();
		assertThat(find("Concert in Grant Park tonight")).isNull();
	}

	@Test
	void ignoresCapitalisedWordsWithoutATitleOrAKnownName() {
		assertThat(find("Lorem ipsum dolor sit amet, Consectetur Adipiscing elit")).isNull();
		assertThat(find("Shipped The Big Box to Seattle")).isNull();
	}

	@Test
	void findsAGivenNameAfterARelative() {
		assertThat(find("Bought this for my partner Emma and she loves it")).isEqualTo("Emma");
		assertThat(find("Ehefrau Anna kümmert sich um die Rechnungen")).isEqualTo("Anna");
		assertThat(find("my husband Apple loves it")).isNull();
		assertThat(find("my son Texas trip was fun")).isNull();
		assertThat(find("visiting my daughter Grace at the hospital")).isEqualTo("Grace");
		assertThat(find("my daughter Grace Hospital stay was short")).isNull();
	}

	@Test
	void findsASignatureAtTheEnd() {
		assertThat(find("Great value, would buy again. \u2014 Maria K.")).isEqualTo("Maria K.");
		assertThat(find("Works fine! - Thomas")).isEqualTo("Thomas");
		assertThat(find("Scented candle, colour - Olive")).isNull();
		assertThat(find("Works fine. - Lorem")).isNull();
	}
}
