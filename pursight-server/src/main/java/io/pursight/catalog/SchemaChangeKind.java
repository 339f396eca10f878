package io.pursight.catalog;

/**
 * What a recorded schema change is. {@link #BASELINE} marks the first synchronisation of a source, which
 * records no change per asset (everything would be "added"): drift is counted from there on.
 */
public enum SchemaChangeKind {
	/** The first synchronisation of a source: one marker for the source, no asset. */
	BASELINE,
	/** A schema, relation or column appeared (or came back after being removed). */
	ADDED,
	/** A schema, relation or column is no longer in the source. */
	REMOVED,
	/**
	 * A relation or column was renamed, by a best-effort guess: sources report names, not identities, so a
	 * rename reads as one object removed and one added. The catalog pairs them only when nothing else
	 * changed: a column with the same type, nullability and position in the same relation; a relation
	 * with the same kind and columns (names and types) in the same schema; and only where the pairing
	 * is unambiguous. A renamed asset keeps its id (labels and history follow it); {@code before} and
	 * {@code after} hold the old and new names. A guess can be wrong: a last column dropped and one of the
	 * same type added reads as a rename; a column renamed and retyped at once reads as removed plus added.
	 */
	RENAMED,
	/** A relation changed kind at the same name: table, view or materialized view. */
	KIND_CHANGED,
	/** A column's data type, length, precision or scale changed. */
	TYPE_CHANGED,
	NULLABILITY_CHANGED,
	/** A column's default expression changed. */
	DEFAULT_CHANGED,
	/** A view's SQL definition changed. */
	DEFINITION_CHANGED,
	/** A relation's primary key, foreign keys or indexes changed. */
	KEYS_CHANGED;

	/** True for the kinds that {@link SchemaChanged#changed()} counts: neither added, removed, renamed nor baseline. */
	public boolean isAlteration() {
		return this != BASELINE && this != ADDED && this != REMOVED && this != RENAMED;
	}
}
