package io.pursight.scan;

import java.time.Instant;
import java.util.UUID;

import io.pursight.common.AssetId;

/**
 * One object (table, view, materialized view) of a run and what became of it.
 *
 * @param sizeBytes   the object's size on disk where the engine reports it, null otherwise
 * @param attempts    reads tried so far (a failure the source may get over, such as a lock or a timeout, is
 *                    retried with a growing pause)
 * @param columns     columns classified or profiled
 * @param applied     labels applied automatically
 * @param pending     labels waiting for review
 * @param withdrawn   automatic labels withdrawn
 * @param error       why the object could not be scanned (its last attempt), or null
 */
public record ScanObject(UUID id, AssetId tableAssetId, String schema, String table, String kind, Long sizeBytes,
		State state,
		int attempts, int columns, long rowsSampled, int applied, int pending, int withdrawn, Error error,
		Instant startedAt, Instant finishedAt) {

	/** Where an object of a run stands. */
	public enum State {
		/** Waiting for a worker, or for its next attempt. */
		PENDING,
		/** A worker is reading it. */
		RUNNING,
		/** Read, classified and profiled as the rules ask; its results are stored. */
		SCANNED,
		/** Left alone by an incremental run: nothing changed since it was last scanned. */
		SKIPPED,
		/** Could not be scanned; its stored results are as they were. */
		FAILED;

		public boolean isFinished() {
			return this == SCANNED || this == SKIPPED || this == FAILED;
		}
	}

	/**
	 * Why an object could not be scanned: never a value of it, only what a person needs to act.
	 *
	 * @param step     where it failed: {@code sample}, {@code classify}, {@code profile} or {@code store}
	 * @param sqlState the SQL state the source answered, or null
	 * @param message  what happened and what to do about it
	 */
	public record Error(String step, String sqlState, String message) {
	}

	/** The object's name as its source knows it. */
	public String qualifiedName() {
		return schema == null || schema.isEmpty() ? table : schema + "." + table;
	}
}
