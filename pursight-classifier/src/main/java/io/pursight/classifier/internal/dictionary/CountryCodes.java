package io.pursight.classifier.internal.dictionary;

import io.pursight.classifier.internal.text.AccentFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Maps a country as written in data (name in several languages, alpha-2 or alpha-3 code) to its ISO alpha-2 code. */
public final class CountryCodes {
	private static final CountryCodes SHIPPED = load("/io/pursight/classifier/dictionary/countries.tsv");

	private final Map<String, String> codes;

	private CountryCodes(Map<String, String> codes) {
		this.codes = Map.copyOf(codes);
	}

	public static CountryCodes shipped() {
		return SHIPPED;
	}

	/** The ISO 3166 alpha-2 code of a country value, e.g. "Deutschland" -> "DE", "USA" -> "US". */
	public Optional<String> codeOf(String value) {
		return value == null ? Optional.empty() : Optional.ofNullable(codes.get(AccentFolder.fold(value)));
	}

	private static CountryCodes load(String resource) {
		Map<String, String> codes = new HashMap<>();
		try (InputStream in = CountryCodes.class.getResourceAsStream(resource)) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				for (String field : fields) {
					codes.putIfAbsent(AccentFolder.fold(field), fields[0]);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
		return new CountryCodes(codes);
	}
}
