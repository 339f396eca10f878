package io.pursight.scan;

import java.time.Instant;
import java.util.Objects;

/**
 * What a scan learnt about one table or view as a whole.
 *
 * @param rowCount      rows in the table: counted when {@code rowCountExact}, else the catalog's estimate
 *                      (-1 when unknown)
 * @param rowCountExact whether {@code rowCount} was counted by the source ({@code COUNT(*)})
 * @param sizeBytes     the table's size on disk with its indexes, as the engine reports it; null when it does
 *                      not (H2, views)
 * @param sampledRows   rows the column profiles were computed from (the row count for exact profiles)
 * @param profiledAt    when the figures were taken
 */
public record TableProfile(long rowCount, boolean rowCountExact, Long sizeBytes, long sampledRows,
		Instant profiledAt) {

	public TableProfile {
		Objects.requireNonNull(profiledAt, "profiledAt");
	}
}
