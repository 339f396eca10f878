package io.pursight.bench.corpus;

/**
 * A made-up postal address in a real city: street and house number, postal code of the country's format,
 * region as locals write it, and the country's ISO code.
 */
public record Place(String street, String houseNumber, String city, String region, String postalCode,
		String country) {

	/** The street line in the country's order: {@code 12 Main Street} or {@code Hauptstraße 12}. */
	public String streetLine() {
		return switch (country) {
			case "US", "GB", "IE", "AU", "NZ", "CA", "FR", "SG", "IN", "NG", "KE", "ZA", "PH", "MA", "EG", "IL", "TZ",
					"ET", "AE", "SA", "JO", "CN", "TW", "JP", "KR", "VN", "MX" ->
				houseNumber + (country.equals("FR") ? ", " : " ") + street;
			default -> street + " " + houseNumber;
		};
	}

	/** Street line, postal code and city on one line, the way a form's single address field is filled in. */
	public String oneLine() {
		return switch (country) {
			case "US", "CA", "AU" -> streetLine() + ", " + city + ", " + region + " " + postalCode;
			case "GB", "IE" -> streetLine() + ", " + city + " " + postalCode;
			default -> streetLine() + ", " + postalCode + " " + city;
		};
	}

	/** The country's English name. */
	public String countryName() {
		return Places.countryName(country, "en");
	}
}
