package io.pursight.scanrules;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.pursight.common.Problem;

/**
 * What a scan reads and how: which schemas, tables and columns (an empty include list means all, an exclude
 * wins over an include), which kinds of object, whether and how rows are sampled and classified, profiling,
 * incremental mode and the run's limits. A table pattern matches the table's name or {@code schema.table}; a
 * column pattern the column's name or {@code table.column}. Null fields take the defaults of {@link #defaults()};
 * the constructor refuses what a scan could not honour with a 400 that names the field.
 *
 * @param objectKinds         the kinds read (partitions are read through their parent table unless listed)
 * @param classify            false: metadata only (discovery and drift, no rows read)
 * @param sampleSize          rows per table, 1..{@value #MAX_SAMPLE_SIZE}; the cap of a {@code PERCENTAGE} sample
 * @param samplePercent       the share of rows of a {@code PERCENTAGE} sample, in (0, 100]; null for the others
 * @param classificationTypes classifier type ids that apply; empty: all
 * @param customRules         whether the workspace's custom classification rules apply
 * @param exactProfile        profile with aggregate SQL on the source instead of on the sample
 * @param incremental         read only objects whose structure, row count or data fingerprint changed since the
 *                            last successful scan
 * @param tableTimeout        per table, 1s..1h
 * @param maxParallelism      tables read at once from one source, 1..32
 * @param maxErrorShare       the run fails when failed objects / objects exceeds this, 0..1
 */
public record ScanRules(
		List<NamePattern> includeSchemas, List<NamePattern> excludeSchemas,
		List<NamePattern> includeTables, List<NamePattern> excludeTables,
		List<NamePattern> includeColumns, List<NamePattern> excludeColumns,
		Set<ObjectKind> objectKinds,
		boolean classify,
		SamplingStrategy sampling, int sampleSize, Double samplePercent,
		Set<String> classificationTypes,
		boolean customRules,
		boolean profile, boolean exactProfile,
		boolean incremental,
		Duration tableTimeout,
		int maxParallelism,
		double maxErrorShare) {

	public static final int DEFAULT_SAMPLE_SIZE = 1_000;
	public static final int MAX_SAMPLE_SIZE = 10_000;
	public static final Duration DEFAULT_TABLE_TIMEOUT = Duration.ofSeconds(60);
	public static final int DEFAULT_MAX_PARALLELISM = 4;
	public static final int MAX_PARALLELISM = 32;
	public static final double DEFAULT_MAX_ERROR_SHARE = 0.5;
	public static final Set<ObjectKind> DEFAULT_OBJECT_KINDS = Set.copyOf(
			EnumSet.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW));
	private static final int MAX_PATTERNS = 200;

	public ScanRules {
		includeSchemas = patterns("includeSchemas", includeSchemas);
		excludeSchemas = patterns("excludeSchemas", excludeSchemas);
		includeTables = patterns("includeTables", includeTables);
		excludeTables = patterns("excludeTables", excludeTables);
		includeColumns = patterns("includeColumns", includeColumns);
		excludeColumns = patterns("excludeColumns", excludeColumns);
		if (objectKinds == null) {
			objectKinds = DEFAULT_OBJECT_KINDS;
		}
		else if (objectKinds.isEmpty() || objectKinds.stream().anyMatch(Objects::isNull)) {
			throw Problem.invalid("objectKinds must name at least one of " + List.of(ObjectKind.values())
					+ " (or be left out for TABLE, VIEW, MATERIALIZED_VIEW).");
		}
		else {
			objectKinds = Set.copyOf(EnumSet.copyOf(objectKinds));
		}
		if (sampling == null) {
			sampling = SamplingStrategy.RANDOM;
		}
		if (sampleSize < 1 || sampleSize > MAX_SAMPLE_SIZE) {
			throw Problem.invalid("sampleSize must be between 1 and " + MAX_SAMPLE_SIZE + " rows (got " + sampleSize + ").");
		}
		if (sampling == SamplingStrategy.PERCENTAGE) {
			if (samplePercent == null || !(samplePercent > 0 && samplePercent <= 100)) {
				throw Problem.invalid("samplePercent must be more than 0 and at most 100 for PERCENTAGE sampling (got "
						+ samplePercent + ").");
			}
		}
		else if (samplePercent != null) {
			throw Problem.invalid("samplePercent applies to PERCENTAGE sampling only; leave it out for " + sampling + ".");
		}
		classificationTypes = classificationTypes == null ? Set.of() : classificationTypes.stream().map(type -> {
			if (type == null || type.isBlank() || type.length() > 100) {
				throw Problem.invalid("classificationTypes must hold type ids such as EMAIL_ADDRESS (got '" + type + "').");
			}
			return type.strip();
		}).collect(Collectors.toUnmodifiableSet());
		if (exactProfile && !profile) {
			throw Problem.invalid("exactProfile needs profile: turn profiling on, or leave exactProfile out.");
		}
		if (tableTimeout == null) {
			tableTimeout = DEFAULT_TABLE_TIMEOUT;
		}
		else if (tableTimeout.compareTo(Duration.ofSeconds(1)) < 0 || tableTimeout.compareTo(Duration.ofHours(1)) > 0) {
			throw Problem.invalid("tableTimeout must be between 1 second and 1 hour, such as PT60S (got " + tableTimeout + ").");
		}
		if (maxParallelism < 1 || maxParallelism > MAX_PARALLELISM) {
			throw Problem.invalid("maxParallelism must be between 1 and " + MAX_PARALLELISM + " (got " + maxParallelism + ").");
		}
		if (!(maxErrorShare >= 0 && maxErrorShare <= 1)) {
			throw Problem.invalid("maxErrorShare must be between 0 and 1, such as 0.5 (got " + maxErrorShare + ").");
		}
	}

	/**
	 * Everything in every schema, tables, views and materialized views; classified with every type and the
	 * custom rules on {@value #DEFAULT_SAMPLE_SIZE} random rows per table, profiled from the sample; not
	 * incremental; 60 s per table, 4 tables at once, the run failing when more than half of its objects fail.
	 */
	public static ScanRules defaults() {
		return new ScanRules(null, null, null, null, null, null, null, true, SamplingStrategy.RANDOM,
				DEFAULT_SAMPLE_SIZE, null, null, true, true, false, false, null, DEFAULT_MAX_PARALLELISM,
				DEFAULT_MAX_ERROR_SHARE);
	}

	/** Whether the schema's objects are read at all. */
	public boolean selectsSchema(String schema) {
		return (includeSchemas.isEmpty() || anyMatches(includeSchemas, schema)) && !anyMatches(excludeSchemas, schema);
	}

	/** Whether an object is read: its kind is selected, its schema is, and its name passes the table patterns. */
	public boolean selectsTable(String schema, String table, ObjectKind kind) {
		return objectKinds.contains(kind) && selectsSchema(schema) && tablePatternsKeep(schema, table);
	}

	/** Whether the table patterns keep {@code table} (by its name or as {@code schema.table}). */
	public boolean tablePatternsKeep(String schema, String table) {
		return (includeTables.isEmpty() || matchesQualified(includeTables, schema, table))
				&& !matchesQualified(excludeTables, schema, table);
	}

	/**
	 * Whether a column of a read table is read (by its name or as {@code table.column}); the table itself is
	 * tested by {@link #selectsTable}.
	 */
	public boolean selectsColumn(String schema, String table, String column) {
		return (includeColumns.isEmpty() || matchesQualified(includeColumns, table, column))
				&& !matchesQualified(excludeColumns, table, column);
	}

	/** Whether columns are classified with the type of this id: only when classifying, and the type is selected. */
	public boolean appliesType(String typeId) {
		return classify && (classificationTypes.isEmpty() || classificationTypes.contains(typeId));
	}

	private static boolean matchesQualified(List<NamePattern> patterns, String qualifier, String name) {
		String qualified = qualifier + "." + name;
		return patterns.stream().anyMatch(p -> p.matches(name) || p.matches(qualified));
	}

	private static boolean anyMatches(List<NamePattern> patterns, String name) {
		return patterns.stream().anyMatch(p -> p.matches(name));
	}

	private static List<NamePattern> patterns(String field, List<NamePattern> patterns) {
		if (patterns == null) {
			return List.of();
		}
		if (patterns.size() > MAX_PATTERNS) {
			throw Problem.invalid(field + " holds " + patterns.size() + " patterns; at most " + MAX_PATTERNS + " are allowed.");
		}
		if (patterns.stream().anyMatch(Objects::isNull)) {
			throw Problem.invalid(field + " must not contain null; write each pattern as {\"syntax\": \"GLOB\", "
					+ "\"pattern\": \"sales_*\"}.");
		}
		return List.copyOf(patterns);
	}
}
