package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.Decision;
import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.TypeMatch;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lookup tables that list a type's values, one row each (issue 10, kind 6): reference data is
 * still data of the type, labelled with the type and the type's own sensitivity, never refused.
 */
class ReferenceTableTests {
	private static final ClassificationEngine ENGINE = new ClassificationEngine(ClassifierConfig.defaults());

	private static ClassificationResult classify(String table, String column, List<String> values,
			String... siblings) {
		return ENGINE.classify(ColumnContext.builder(column).table(table).dataType("varchar(100)").samples(values)
				.siblingColumns(List.of(siblings)).build());
	}

	/** The first {@code count} countries of the world by ISO 3166 code, in English. */
	private static List<String> countryNames(int count) {
		return Stream.of(Locale.getISOCountries()).map(c -> Locale.of("", c).getDisplayCountry(Locale.ENGLISH))
				.limit(count).toList();
	}

	private static List<String> countryCodes(int count) {
		return Stream.of(Locale.getISOCountries()).limit(count).toList();
	}

	private static final List<String> US_STATES = List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California",
			"Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
			"Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
			"Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
			"New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
			"South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
			"West Virginia", "Wisconsin", "Wyoming");

	private static final List<String> STATE_CODES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
			"HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
			"NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
			"WA", "WV", "WI", "WY");

	@Test
	void labelsATableOfTheCountriesOfTheWorldAsCountries() {
		TypeMatch m = classify("countries", "country", countryNames(109), "id", "iso_code").match(SensitiveType.COUNTRY)
				.orElseThrow();
		assertThat(m.decision()).as(m.explanation()).isEqualTo(Decision.APPLY);
		assertThat(m.sensitivity()).as("the type's own sensitivity").isEqualTo(SensitiveType.COUNTRY.defaultSensitivity());
		assertThat(m.explanation()).contains("reference data");
	}

	@Test
	void labelsTheIsoCodesOfACountryTable() {
		ClassificationResult r = classify("countries", "country_code", countryCodes(120), "id", "country");
		assertThat(r.decision(SensitiveType.COUNTRY)).as(r.toString()).isEqualTo(Decision.APPLY);
	}

	@Test
	void labelsATableOfStatesAsStatesOrProvinces() {
		ClassificationResult names = classify("us_states", "state_name", US_STATES, "state_id", "state_abbr");
		assertThat(names.decision(SensitiveType.STATE_PROVINCE)).as(names.toString()).isEqualTo(Decision.APPLY);
		ClassificationResult codes = classify("us_states", "state_abbr", STATE_CODES, "state_id", "state_name");
		assertThat(codes.decision(SensitiveType.STATE_PROVINCE)).as(codes.toString()).isEqualTo(Decision.APPLY);
		assertThat(codes.decision(SensitiveType.COUNTRY)).as("two-letter codes of states are not countries")
				.isNotEqualTo(Decision.APPLY);
	}

	@Test
	void aReferenceTableIsLabelledLikeTheSameValuesInATableOfPeople() {
		Decision lookup = classify("regions", "state", US_STATES).decision(SensitiveType.STATE_PROVINCE);
		Decision people = classify("customers", "state", US_STATES, "name", "city").decision(SensitiveType.STATE_PROVINCE);
		assertThat(lookup).isEqualTo(people).isEqualTo(Decision.APPLY);
	}

	@Test
	void givesNoPlaceTypeToTablesOfThingsThatAreNotPlaces() {
		List<String> currencies = Currency.getAvailableCurrencies().stream().map(c -> c.getDisplayName(Locale.ENGLISH))
				.sorted().limit(150).toList();
		assertThat(classify("currencies", "currency_name", currencies, "currency_code").applied())
				.as("currency names").isEmpty();
		List<String> currencyCodes = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted()
				.limit(150).toList();
		assertThat(classify("currencies", "currency_code", currencyCodes, "currency_name").applied())
				.as("currency codes").isEmpty();
		List<String> languages = Stream.of(Locale.getISOLanguages()).map(l -> Locale.of(l).getDisplayLanguage(Locale.ENGLISH))
				.limit(150).toList();
		assertThat(classify("languages", "language", languages, "iso_code").applied()).as("languages").isEmpty();
	}
}
