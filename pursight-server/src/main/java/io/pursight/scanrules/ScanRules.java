package io.pursight.scanrules;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** TEMPORARY engine-side copy; replaced by the scanrules branch. */
public record ScanRules(List<String> includeSchemas, List<String> excludeSchemas, List<String> includeTables,
		List<String> excludeTables, List<String> includeColumns, List<String> excludeColumns,
		Set<ObjectKind> objectKinds, boolean classify, SamplingStrategy sampling, int sampleSize, Double samplePercent,
		Set<String> classificationTypes, boolean customRules, boolean profile, boolean exactProfile,
		boolean incremental, Duration tableTimeout, int maxParallelism, double maxErrorShare) {

	public ScanRules {
		objectKinds = objectKinds == null ? Set.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW)
				: Set.copyOf(objectKinds);
		classificationTypes = classificationTypes == null ? Set.of() : Set.copyOf(classificationTypes);
		sampling = sampling == null ? SamplingStrategy.RANDOM : sampling;
		tableTimeout = tableTimeout == null ? Duration.ofSeconds(60) : tableTimeout;
	}

	public boolean selectsSchema(String schema) {
		return true;
	}

	public boolean selectsTable(String schema, String table, ObjectKind kind) {
		return objectKinds.contains(kind);
	}

	public boolean selectsColumn(String schema, String table, String column) {
		return true;
	}
}
