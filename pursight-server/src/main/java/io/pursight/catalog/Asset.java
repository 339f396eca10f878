package io.pursight.catalog;

import java.time.Instant;
import java.util.Objects;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;

/**
 * A catalog asset, as the API shows it. {@code qualifiedName} is
 * {@code <source>.<database>.<schema>.<table>.<column>} (see {@link QualifiedName}); the column
 * fields ({@code ordinal} to {@code defaultValue}) are null for other types, {@code viewDefinition}
 * and {@code rowEstimate} null for columns. Built with {@link #builder}, so that what is not set
 * needs no positional null.
 */
public record Asset(AssetId id, DataSourceId sourceId, AssetId parentId, AssetType type, String name,
		QualifiedName qualifiedName, Integer ordinal, String dataType, Integer length, Integer precision, Integer scale,
		Boolean nullable, String defaultValue, String description, String viewDefinition, Long rowEstimate,
		boolean deleted, Instant deletedAt, Instant discoveredAt, Instant createdAt, Instant updatedAt, long version) {

	/** Starts an asset; none of the arguments may be null. */
	public static Builder builder(AssetId id, DataSourceId sourceId, AssetType type, String name,
			QualifiedName qualifiedName) {
		return new Builder(id, sourceId, type, name, qualifiedName);
	}

	/** Collects the optional fields of an {@link Asset}; each defaults to null (false, 0). */
	public static final class Builder {

		private final AssetId id;
		private final DataSourceId sourceId;
		private final AssetType type;
		private final String name;
		private final QualifiedName qualifiedName;
		private AssetId parentId;
		private Integer ordinal;
		private String dataType;
		private Integer length;
		private Integer precision;
		private Integer scale;
		private Boolean nullable;
		private String defaultValue;
		private String description;
		private String viewDefinition;
		private Long rowEstimate;
		private boolean deleted;
		private Instant deletedAt;
		private Instant discoveredAt;
		private Instant createdAt;
		private Instant updatedAt;
		private long version;

		private Builder(AssetId id, DataSourceId sourceId, AssetType type, String name, QualifiedName qualifiedName) {
			this.id = Objects.requireNonNull(id, "id");
			this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
			this.type = Objects.requireNonNull(type, "type");
			this.name = Objects.requireNonNull(name, "name");
			this.qualifiedName = Objects.requireNonNull(qualifiedName, "qualifiedName");
		}

		/** The schema of a relation, the relation of a column; none for a schema. */
		public Builder parent(AssetId parentId) {
			this.parentId = parentId;
			return this;
		}

		/** A column's position in its relation, from 1. */
		public Builder ordinal(int ordinal) {
			this.ordinal = ordinal;
			return this;
		}

		/** A column's type as the engine names it, with the size parts that apply to it (others null). */
		public Builder dataType(String dataType, Integer length, Integer precision, Integer scale) {
			this.dataType = dataType;
			this.length = length;
			this.precision = precision;
			this.scale = scale;
			return this;
		}

		public Builder nullable(boolean nullable) {
			this.nullable = nullable;
			return this;
		}

		public Builder defaultValue(String defaultValue) {
			this.defaultValue = defaultValue;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder viewDefinition(String viewDefinition) {
			this.viewDefinition = viewDefinition;
			return this;
		}

		public Builder rowEstimate(Long rowEstimate) {
			this.rowEstimate = rowEstimate;
			return this;
		}

		/** Whether the source still has the asset; {@code deletedAt} is when the catalog noticed it had not. */
		public Builder deleted(boolean deleted, Instant deletedAt) {
			this.deleted = deleted;
			this.deletedAt = deletedAt;
			return this;
		}

		public Builder times(Instant discoveredAt, Instant createdAt, Instant updatedAt) {
			this.discoveredAt = discoveredAt;
			this.createdAt = createdAt;
			this.updatedAt = updatedAt;
			return this;
		}

		public Builder version(long version) {
			this.version = version;
			return this;
		}

		public Asset build() {
			return new Asset(id, sourceId, parentId, type, name, qualifiedName, ordinal, dataType, length, precision, scale,
					nullable, defaultValue, description, viewDefinition, rowEstimate, deleted, deletedAt, discoveredAt,
					createdAt, updatedAt, version);
		}
	}
}
