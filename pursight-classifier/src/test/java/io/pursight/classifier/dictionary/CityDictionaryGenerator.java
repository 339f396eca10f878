package io.pursight.classifier.dictionary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prints the city names found in the IANA time-zone ids the JDK ships (public-domain tz
 * database), e.g. {@code America/Argentina/Buenos_Aires -> Buenos Aires}. Their output is
 * merged by hand into {@code cities.txt}. Run by hand:
 * {@code java .../CityDictionaryGenerator.java <out>}.
 */
public final class CityDictionaryGenerator {
	private CityDictionaryGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Set<String> cities = new TreeSet<>();
		for (String id : ZoneId.getAvailableZoneIds()) {
			int slash = id.lastIndexOf('/');
			String area = slash < 0 ? "" : id.substring(0, id.indexOf('/'));
			if (slash < 0 || area.equals("Etc") || area.equals("SystemV") || area.equals("US") || area.equals("Canada")
					|| area.equals("Brazil") || area.equals("Mexico") || area.equals("Chile")) {
				continue;
			}
			String city = id.substring(slash + 1).replace('_', ' ');
			if (!city.matches(".*\\d.*") && !city.startsWith("GMT")) {
				cities.add(city);
			}
		}
		Files.writeString(Path.of(args[0]), String.join("\n", cities) + "\n", StandardCharsets.UTF_8);
	}
}
