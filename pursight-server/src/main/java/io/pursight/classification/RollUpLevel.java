package io.pursight.classification;

import java.util.Arrays;

import io.pursight.common.Problem;

/** The levels sensitivity rolls up to, from a column to its whole source. */
public enum RollUpLevel {
	COLUMN, TABLE, SCHEMA, SOURCE;

	/** The level named by a query parameter; null for null; a 400 problem listing the levels otherwise. */
	public static RollUpLevel parse(String level) {
		if (level == null) {
			return null;
		}
		return Arrays.stream(values()).filter(l -> l.name().equals(level)).findFirst()
				.orElseThrow(() -> Problem.invalid("level must be COLUMN, TABLE, SCHEMA or SOURCE (got " + level + ")."));
	}
}
