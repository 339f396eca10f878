package io.pursight.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pursight.catalog.SourceSnapshot;
import tools.jackson.databind.json.JsonMapper;

/**
 * A column as stored inside its relation's row (the {@code columns} JSON array). {@code slot}
 * makes its id (see {@link AssetIds}); times are epoch milliseconds to keep the array small.
 * A column that disappears from the source stays here, marked deleted, and gets its id back
 * if it returns.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StoredColumn(int slot, String name, int ordinal, String dataType, Integer length, Integer precision,
		Integer scale, boolean nullable, String defaultValue, String description, boolean deleted, Long deletedAt,
		long createdAt, long updatedAt, long version) {

	/** Its own mapper, so that the stored format never follows the web API's JSON settings. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	static String toJson(List<StoredColumn> columns) {
		return columns == null ? null : JSON.writeValueAsString(columns);
	}

	/** {@code text} as it appears inside a JSON string of the stored array (quotes and backslashes escaped). */
	static String asJsonText(String text) {
		String quoted = JSON.writeValueAsString(text);
		return quoted.substring(1, quoted.length() - 1);
	}

	/** The columns of a relation's row; null for a schema, which has none. */
	static List<StoredColumn> fromJson(String json) {
		return json == null ? null : List.of(JSON.readValue(json, StoredColumn[].class));
	}

	static StoredColumn discovered(int slot, SourceSnapshot.Column column, Instant now) {
		return new StoredColumn(slot, column.name(), column.ordinal(), column.dataType(), column.length(),
				column.precision(), column.scale(), column.nullable(), column.defaultValue(), column.comment(), false,
				null, now.toEpochMilli(), now.toEpochMilli(), 0);
	}

	/** True when the source still describes this column exactly as stored. */
	boolean matches(SourceSnapshot.Column column) {
		return !deleted && ordinal == column.ordinal() && nullable == column.nullable()
				&& dataType.equals(column.dataType()) && Objects.equals(length, column.length())
				&& Objects.equals(precision, column.precision()) && Objects.equals(scale, column.scale())
				&& Objects.equals(defaultValue, column.defaultValue()) && Objects.equals(description, column.comment());
	}

	/** This column, live again, as the source now describes it (under its new name, if it was renamed). */
	StoredColumn rediscovered(SourceSnapshot.Column column, Instant now) {
		return new StoredColumn(slot, column.name(), column.ordinal(), column.dataType(), column.length(), column.precision(),
				column.scale(), column.nullable(), column.defaultValue(), column.comment(), false, null, createdAt,
				now.toEpochMilli(), version + 1);
	}

	StoredColumn markDeleted(Instant now) {
		return new StoredColumn(slot, name, ordinal, dataType, length, precision, scale, nullable, defaultValue,
				description, true, now.toEpochMilli(), createdAt, now.toEpochMilli(), version + 1);
	}
}
