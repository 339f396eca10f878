package io.pursight;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of docs/adr/0002: the shared history (versions 1 to 7) stays exactly as applied, and
 * every later migration lives with the module whose tables it touches, versioned
 * {@code <yyyyMMdd>.<module number>.<n>} so that two modules can never pick the same version.
 */
class MigrationLayoutTests {

	/** Checksums recorded in the schema history of existing stores; version 4 is Java and has none. */
	private static final Map<String, Integer> APPLIED = new LinkedHashMap<>();

	static {
		APPLIED.put("1", -1659784947);
		APPLIED.put("2", 688876144);
		APPLIED.put("3", 280849638);
		APPLIED.put("4", null);
		APPLIED.put("5", 399996486);
		APPLIED.put("6", 301284371);
		APPLIED.put("7", 1852755239);
	}

	/** The module numbers of docs/adr/0002; a module that adds its first migration adds its line to both. */
	static final Map<String, Integer> MODULE_NUMBERS = Map.ofEntries(Map.entry("common", 1), Map.entry("access", 2),
			Map.entry("workspace", 3), Map.entry("datasource", 4), Map.entry("catalog", 5),
			Map.entry("classification", 6), Map.entry("scan", 7), Map.entry("scanrules", 8), Map.entry("lineage", 9),
			Map.entry("compliance", 10), Map.entry("workflow", 11), Map.entry("activity", 12),
			Map.entry("notification", 13), Map.entry("integration", 14), Map.entry("dashboard", 15),
			Map.entry("collaboration", 16), Map.entry("assistant", 17));

	private static final Pattern MODULE_VERSION = Pattern.compile("(\\d{8})\\.(\\d+)\\.(\\d+)");

	@Test
	void appliedMigrationsKeepTheirVersionsAndChecksums() {
		Map<String, Integer> shared = new LinkedHashMap<>();
		for (MigrationInfo migration : resolved(javaMigrations())) {
			if (!MODULE_VERSION.matcher(migration.getVersion().getVersion()).matches()) {
				shared.put(migration.getVersion().getVersion(), migration.getChecksum());
			}
		}
		assertThat(shared).as("versions 1-7 are applied on existing stores: never edit, remove or add to them; "
				+ "a change is a new migration in its module's directory (docs/adr/0002)").isEqualTo(APPLIED);
	}

	@Test
	void everyLaterMigrationLivesWithItsModuleAndCarriesItsNumber() {
		Map<String, String> javaModules = new HashMap<>();
		List<JavaMigration> javaMigrations = javaMigrations();
		for (JavaMigration migration : javaMigrations) {
			javaModules.put(migration.getVersion().getVersion(), moduleOfPackage(migration.getClass().getPackageName()));
		}
		List<String> misplaced = new ArrayList<>();
		for (MigrationInfo migration : resolved(javaMigrations)) {
			String version = migration.getVersion().getVersion();
			if (APPLIED.containsKey(version)) {
				continue;
			}
			String module = migration.getType().isSynthetic() ? null
					: javaModules.containsKey(version) ? javaModules.get(version) : moduleOfScript(migration.getScript());
			String problem = problem(version, module);
			if (problem != null) {
				misplaced.add(migration.getScript() + ": " + problem);
			}
		}
		assertThat(misplaced).as("new migrations go to db/migration/<module>/V<yyyyMMdd>.<module number>.<n>__<What>.sql "
				+ "(or io.pursight.<module>... for Java), see docs/adr/0002").isEmpty();
	}

	@Test
	void flywayResolvesEverySqlFileUnderTheMigrationDirectory() throws IOException {
		List<String> scripts = resolved(javaMigrations()).stream().map(MigrationInfo::getScript).toList();
		List<String> skipped = new ArrayList<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql")) {
			String path = file.getURL().toString();
			String script = path.substring(path.lastIndexOf("db/migration/") + "db/migration/".length());
			if (!scripts.contains(script)) {
				skipped.add(script);
			}
		}
		assertThat(skipped).as("Flyway skips, without a word, a file it does not recognise as a migration: "
				+ "name it V<version>__<What>.sql").isEmpty();
	}

	@Test
	void flywayFindsMigrationsInTheSubdirectoriesOfALocation() {
		List<MigrationInfo> probe = Arrays.asList(flyway("classpath:db/layout-probe", List.of()).info().all());
		assertThat(probe).extracting(m -> m.getVersion().getVersion(), MigrationInfo::getScript)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("20261129.5.1", "catalog/V20261129.5.1__Probe.sql"));
	}

	@Test
	void moduleVersionsSortAfterTheSharedHistoryAndByDateFirst() {
		assertThat(problem("20261129.5.1", "catalog")).isNull();
		assertThat(problem("20261129.4.1", "catalog")).contains("module number of catalog is 5");
		assertThat(problem("8", "catalog")).contains("<yyyyMMdd>.<module number>.<n>");
		assertThat(problem("20261331.5.1", "catalog")).contains("not a date");
		assertThat(problem("20261129.5.1", null)).contains("directory");
		assertThat(problem("20261129.5.1", "reporting")).contains("no module number");
	}

	/** What is wrong with a later migration's version or place, or null. */
	private static String problem(String version, String module) {
		Matcher parts = MODULE_VERSION.matcher(version);
		if (!parts.matches()) {
			return "version " + version + " is not <yyyyMMdd>.<module number>.<n>";
		}
		try {
			LocalDate.parse(parts.group(1), DateTimeFormatter.BASIC_ISO_DATE);
		}
		catch (DateTimeParseException e) {
			return parts.group(1) + " is not a date";
		}
		if (module == null) {
			return "not in a module's directory";
		}
		Integer number = MODULE_NUMBERS.get(module);
		if (number == null) {
			return "module " + module + " has no module number yet";
		}
		return number == Integer.parseInt(parts.group(2)) ? null
				: "the module number of " + module + " is " + number + ", not " + parts.group(2);
	}

	/** {@code catalog/V…sql} → catalog; a file directly in db/migration has no module. */
	private static String moduleOfScript(String script) {
		int slash = script.indexOf('/');
		return slash < 0 ? null : script.substring(0, slash);
	}

	/** {@code io.pursight.catalog.internal} → catalog. */
	private static String moduleOfPackage(String packageName) {
		String[] parts = packageName.split("\\.");
		return parts.length > 2 && parts[0].equals("io") && parts[1].equals("pursight") ? parts[2] : null;
	}

	private static List<MigrationInfo> resolved(List<JavaMigration> javaMigrations) {
		return Arrays.asList(flyway("classpath:db/migration", javaMigrations).info().all());
	}

	private static Flyway flyway(String location, List<JavaMigration> javaMigrations) {
		return Flyway.configure().dataSource("jdbc:h2:mem:layout_" + UUID.randomUUID(), "sa", "").locations(location)
			.javaMigrations(javaMigrations.toArray(JavaMigration[]::new)).load();
	}

	/** The Java migrations of the application, which Spring Boot hands to Flyway as beans. */
	private static List<JavaMigration> javaMigrations() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(JavaMigration.class));
		List<JavaMigration> migrations = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.pursight")) {
			try {
				Constructor<?> constructor = Class.forName(candidate.getBeanClassName()).getDeclaredConstructor();
				constructor.setAccessible(true);
				migrations.add((JavaMigration) constructor.newInstance());
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(candidate.getBeanClassName() + " cannot be created without arguments", e);
			}
		}
		return migrations;
	}
}
