package io.pursight;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting is documented: the configuration processor describes each {@code @ConfigurationProperties}
 * record of the server in {@code META-INF/spring-configuration-metadata.json}, and each {@code pursight.*}
 * key found there must appear, in backquotes, in docs/configuration.md. Keys still read with
 * {@code @Value} are not in the metadata and are not checked until their module has a settings record.
 */
class SettingsDocumentationTests {

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";
	private static final Pattern DOCUMENTED_KEY = Pattern.compile("`(pursight\\.[a-z0-9.-]*[a-z0-9])`");

	private static final Set<String> keys = new TreeSet<>();
	private static final Set<String> groups = new TreeSet<>();
	private static String documentation;

	@BeforeAll
	static void readMetadataAndDocumentation() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		for (URL url : Collections.list(SettingsDocumentationTests.class.getClassLoader().getResources(METADATA))) {
			if (!url.getProtocol().equals("file")) {
				continue; // the metadata of libraries, in their jars
			}
			try (InputStream in = url.openStream()) {
				JsonNode metadata = json.readTree(in);
				metadata.path("properties").forEach(p -> keys.add(p.path("name").asString()));
				metadata.path("groups").forEach(g -> groups.add(g.path("name").asString()));
			}
		}
		keys.removeIf(key -> !key.startsWith("pursight."));
		documentation = Files.readString(projectFile("docs/configuration.md"));
	}

	@Test
	void theConfigurationProcessorDescribesTheSettingsRecords() {
		assertThat(keys).as("is spring-boot-configuration-processor in the compiler's annotationProcessorPaths?")
			.contains("pursight.data-dir", "pursight.demo.enabled", "pursight.jobs.polling-interval",
					"pursight.events.redeliver-after", "pursight.events.redelivery-interval", "pursight.api.max-body-size",
					"pursight.api.cpu-heavy-concurrency", "pursight.api.cpu-heavy-wait");
	}

	@Test
	void everySettingIsDocumented() {
		List<String> undocumented = keys.stream().filter(key -> !documentation.contains("`" + key + "`")).toList();
		assertThat(undocumented).as("settings missing from docs/configuration.md (name each one in `backquotes`)")
			.isEmpty();
	}

	@Test
	void theDocumentationNamesNoSettingThatARecordLacks() {
		List<String> unknown = new ArrayList<>();
		Matcher documented = DOCUMENTED_KEY.matcher(documentation);
		while (documented.find()) {
			String key = documented.group(1);
			String group = owningGroup(key);
			if (group != null && !keys.contains(key) && !groups.contains(key)) {
				unknown.add(key + " (settings record of " + group + ")");
			}
		}
		assertThat(unknown).as("docs/configuration.md names settings that do not exist: renamed or removed?").isEmpty();
	}

	/** The longest settings group below {@code pursight} that holds the key, or null while its module has no record. */
	private static String owningGroup(String key) {
		return groups.stream().filter(group -> !group.equals("pursight") && key.startsWith(group + "."))
			.max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
	}

	/** A file of the project, found from the module's directory or the project's. */
	private static Path projectFile(String relative) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(relative))) {
				return dir.resolve(relative);
			}
		}
		throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
	}
}
