package io.pursight.datasource.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.pursight.common.DataSourceId;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ConnectionCheck;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.Engine;
import io.pursight.datasource.HealthStatus;
import io.pursight.datasource.SourceDefinition;

/**
 * A registered data source: where it points, its sealed password, where it is in its lifecycle and how its
 * latest health check went. Immutable: each method named after a step of the lifecycle refuses an illegal
 * move with a 409 problem saying why, and otherwise returns the source as it is after the step; the
 * repository then writes it, guarded by the state it was read in. {@code sealedPassword} never leaves the
 * module, and {@link #toString()} does not show it.
 */
record DataSource(DataSourceId id, WorkspaceId workspaceId, Definition definition, String sealedPassword,
		DataSourceState state, String lastError, DataSourceView.Health health, Instant discoveredAt, long version,
		Instant createdAt, Instant updatedAt) {

	/** What a steward defined, as stored: everything but the password, with the options in canonical form. */
	record Definition(String name, String description, Engine engine, String host, Integer port, String database,
			String jdbcUrl, String username, Map<String, String> options) {

		Definition {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(engine, "engine");
			options = options == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(options));
		}

		/** The stored form of what a steward entered; {@code spec} is its validated connection spec. */
		static Definition of(SourceDefinition given, ConnectionSpec spec) {
			return new Definition(given.name().strip(), given.description(), given.engine(), given.host(),
					given.port(), given.database(), given.jdbcUrl(), given.username(), spec.options());
		}

		/** The connection spec with this password (validated again: the rules may have tightened since). */
		ConnectionSpec spec(String password) {
			return new ConnectionSpec(engine, host, port, database, jdbcUrl, username, password, options);
		}
	}

	DataSource {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(workspaceId, "workspaceId");
		Objects.requireNonNull(definition, "definition");
		Objects.requireNonNull(state, "state");
		health = health == null ? DataSourceView.Health.UNKNOWN : health;
	}

	/** A newly registered source. */
	static DataSource register(DataSourceId id, WorkspaceId workspace, Definition definition, String sealedPassword,
			Instant now) {
		return new DataSource(id, workspace, definition, sealedPassword, DataSourceState.REGISTERED, null, null, null,
				0, now, now);
	}

	String name() {
		return definition.name();
	}

	Engine engine() {
		return definition.engine();
	}

	boolean hasPassword() {
		return sealedPassword != null;
	}

	/**
	 * Refuses to go on while a scan runs.
	 *
	 * @param doing what was asked, as in "{@code doing} it when the scan has finished": change, archive
	 */
	void requireIdle(String doing) {
		if (state.isBusy()) {
			throw Problem.conflict("The data source is being scanned; " + doing + " it when the scan has finished.");
		}
	}

	/** The definition replaced; refused while a scan runs, since the scan reads what the old one points at. */
	DataSource redefine(Definition next, String nextSealedPassword, Instant now) {
		requireIdle("change");
		return new DataSource(id, workspaceId, next, nextSealedPassword, state, lastError, health, discoveredAt,
				version, createdAt, now);
	}

	/**
	 * Refuses to go on when the source is archived.
	 *
	 * @param doing what was asked, as in "restore it before {@code doing} it": testing, discovering, classifying
	 */
	void requireActive(String doing) {
		if (state == DataSourceState.ARCHIVED) {
			throw Problem.conflict("The data source is archived: restore it before " + doing + " it.");
		}
	}

	/**
	 * The source after a connection check: its health always; its state where connectivity decides it (a
	 * registered, connected or failed source becomes CONNECTED or FAILED, a cataloged one that answers is
	 * MONITORING). Once cataloged, a failing check is told by the health, not by falling back to FAILED; an
	 * archived source keeps its state.
	 */
	DataSource connectionChecked(ConnectionCheck check, Instant at) {
		DataSourceView.Health checked = new DataSourceView.Health(HealthStatus.of(check), check.latencyMillis(), at);
		DataSourceState next = switch (state) {
			case REGISTERED, CONNECTED, FAILED -> check.ok() ? DataSourceState.CONNECTED : DataSourceState.FAILED;
			case CATALOGED -> check.ok() ? DataSourceState.MONITORING : state;
			default -> state;
		};
		boolean decided = next != state || state == DataSourceState.CONNECTED || state == DataSourceState.FAILED;
		String error = decided ? (check.ok() ? null : check.message()) : lastError;
		return new DataSource(id, workspaceId, definition, sealedPassword, next == state ? state : state.moveTo(next),
				error, checked, discoveredAt, version, createdAt, decided ? at : updatedAt);
	}

	/**
	 * The source as a discovery may claim it: itself, or moved to FAILED first when a previous scan was
	 * interrupted (busy for longer than {@code staleAfter}) or stopped half way, in a state a scan cannot start
	 * from. Refuses an archived source and one whose discovery is still running.
	 */
	DataSource readyForDiscovery(Instant now, Duration staleAfter) {
		requireActive("discovering");
		if (state.isBusy()) {
			if (updatedAt.isAfter(now.minus(staleAfter))) {
				throw Problem.conflict("A discovery of this data source is already running; wait for it to finish.");
			}
			return moved(DataSourceState.FAILED, "The previous scan was interrupted.", now);
		}
		return state.canMoveTo(DataSourceState.SCANNING) ? this : moved(DataSourceState.FAILED, null, now);
	}

	/** Claimed for discovery: SCANNING, so that no other discovery or classification starts meanwhile. */
	DataSource claimForDiscovery(Instant now) {
		return moved(DataSourceState.SCANNING, null, now);
	}

	/** The discovery has read the whole structure of the source. */
	DataSource scanned(Instant now) {
		return moved(DataSourceState.SCANNED, null, now);
	}

	/** The catalog now holds what the discovery read. */
	DataSource cataloged(Instant now) {
		return new DataSource(id, workspaceId, definition, sealedPassword, state.moveTo(DataSourceState.CATALOGED), null,
				health, now, version, createdAt, now);
	}

	/** The scan stopped; {@code reason} tells the steward why and what to do. */
	DataSource scanFailed(String reason, Instant now) {
		return moved(DataSourceState.FAILED, reason, now);
	}

	/** Archived: no health checks, discovery or classification until restored. */
	DataSource archive(Instant now) {
		if (state == DataSourceState.ARCHIVED) {
			throw Problem.conflict("The data source is already archived.");
		}
		if (state != DataSourceState.CLASSIFYING) {
			// a classifying source gets here only once its claim has lapsed (the run is gone): it may be archived
			requireIdle("archive");
		}
		return moved(DataSourceState.ARCHIVED, null, now);
	}

	/** A classification run moved on: CLASSIFIED once its labels are stored, CATALOGED when it ends. */
	DataSource classificationAdvanced(DataSourceState next, Instant now) {
		if (state != DataSourceState.CLASSIFYING && state != DataSourceState.CLASSIFIED) {
			throw new IllegalStateException("only a classifying or classified source moves on this way, not " + state);
		}
		return moved(next, null, now);
	}

	/** Back from the archive, as a registered source whose connection is to be tested again. */
	DataSource restore(Instant now) {
		if (state != DataSourceState.ARCHIVED) {
			throw Problem.conflict("Only an archived data source can be restored; this one is " + state + ".");
		}
		return moved(DataSourceState.REGISTERED, null, now);
	}

	/** The connection spec with the password unsealed by {@code cipher}; kept in memory only. */
	ConnectionSpec connectionSpec(CredentialCipher cipher) {
		return definition.spec(cipher.decrypt(sealedPassword, workspaceId, id));
	}

	DataSourceView view() {
		Definition d = definition;
		return new DataSourceView(id, workspaceId, d.name(), d.description(), d.engine(), d.host(), d.port(),
				d.database(), d.jdbcUrl(), d.username(), sealedPassword != null, d.options(), state, lastError, health,
				discoveredAt, version, createdAt, updatedAt);
	}

	/** Whether a step left the lifecycle as it was (state, error, times), so that there is nothing to write. */
	boolean sameLifecycleAs(DataSource other) {
		return state == other.state && Objects.equals(lastError, other.lastError)
				&& Objects.equals(discoveredAt, other.discoveredAt) && Objects.equals(updatedAt, other.updatedAt);
	}

	@Override
	public String toString() {
		return "DataSource[" + id + " in " + workspaceId + ", " + definition.name() + ", " + state + "]";
	}

	private DataSource moved(DataSourceState next, String error, Instant now) {
		return new DataSource(id, workspaceId, definition, sealedPassword, state.moveTo(next), error, health,
				discoveredAt, version, createdAt, now);
	}
}
