package io.pursight.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * The schema drift one synchronisation recorded under {@code changeSet}, counted in changes (see
 * {@link SchemaChanged}). {@code baseline} is true for a source's first synchronisation, which records no
 * per-asset change.
 */
public record DriftSummary(UUID changeSet, Instant detectedAt, boolean baseline, int added, int removed, int renamed,
		int changed) {

	public int total() {
		return added + removed + renamed + changed;
	}
}
