package io.pursight.datasource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pursight.access.AuditDetail;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.internal.CredentialCipher;
import io.pursight.datasource.internal.DataSourceRepository;
import io.pursight.datasource.internal.DataSourceRepository.HealthCheck;
import io.pursight.datasource.internal.Discovery;
import io.pursight.datasource.internal.SourceGuard;
import io.pursight.datasource.internal.StoredSource;
import io.pursight.datasource.internal.jdbc.ConnectionFactory;
import io.pursight.datasource.internal.jdbc.ConnectionTester;
import io.pursight.datasource.internal.jdbc.TableSampler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers data sources, keeps their credentials sealed, tests connections and runs
 * discovery into the catalog. All operations are scoped to one workspace. A stored password is
 * only ever sent to the engine, server, database and user it was entered for. What a change did
 * is told to the audit trail, never with a secret.
 */
@Service
public class DataSources {

	private final DataSourceRepository repository;
	private final CredentialCipher cipher;
	private final SourceGuard guard;
	private final ConnectionTester tester;
	private final Discovery discovery;
	private final ConnectionFactory connections;

	DataSources(DataSourceRepository repository, CredentialCipher cipher, SourceGuard guard, ConnectionTester tester,
			Discovery discovery, ConnectionFactory connections) {
		this.repository = repository;
		this.cipher = cipher;
		this.guard = guard;
		this.tester = tester;
		this.discovery = discovery;
		this.connections = connections;
	}

	@Transactional
	public DataSourceView register(WorkspaceId workspace, SourceDefinition definition) {
		ConnectionSpec spec = definition.toSpec(definition.password());
		guard.check(workspace, spec);
		DataSourceId id = DataSourceId.random();
		if (repository.nameTaken(workspace, definition.name(), id)) {
			throw Problem.conflict("A data source named '" + definition.name() + "' already exists in this workspace.");
		}
		Instant now = Instant.now();
		StoredSource source = new StoredSource(id, workspace, definition.name().strip(), definition.description(),
				definition.engine(), definition.host(), definition.port(), definition.database(), definition.jdbcUrl(),
				definition.username(), cipher.encrypt(definition.password(), workspace, id), spec.options(),
				DataSourceState.REGISTERED, null, null, null, null, null, 0, now, now);
		repository.insert(source);
		AuditDetail.record("registered: " + DefinitionChanges.describe(spec.target(), definition.username())
				+ (definition.password() != null ? ", password set" : ""));
		return repository.get(workspace, id).view();
	}

	/**
	 * Replaces the definition; the caller's {@code expectedVersion} must match. A null password
	 * keeps the stored one, so clients never need to know it, but only while the connection still
	 * goes where it went: a change of engine, host, port, database, JDBC URL target or user name
	 * without the password is a 400 naming the changed fields, so the stored password never
	 * follows the source to another server.
	 */
	@Transactional
	public DataSourceView redefine(WorkspaceId workspace, DataSourceId id, long expectedVersion, SourceDefinition definition) {
		StoredSource current = repository.get(workspace, id);
		if (current.version() != expectedVersion) {
			throw Problem.versionConflict("data source", expectedVersion, current.version());
		}
		if (repository.isBeingClassified(workspace, id)) {
			throw Problem.conflict(Discovery.BEING_CLASSIFIED);
		}
		if (current.state().isBusy()) {
			throw Problem.conflict("The data source is being scanned; change it when the scan has finished.");
		}
		if (repository.nameTaken(workspace, definition.name(), id)) {
			throw Problem.conflict("A data source named '" + definition.name() + "' already exists in this workspace.");
		}
		ConnectionSpec.Target target = definition.toSpec(definition.password()).target();
		DefinitionChanges changes = DefinitionChanges.between(current, definition, target);
		boolean keepsPassword = definition.password() == null;
		if (keepsPassword && current.secret() != null && changes.movesConnection()) {
			AuditDetail.record("refused, the password was not sent again: " + changes.describe());
			throw Problem.invalid("Changing " + changes.connectionFields() + " points the source at another server, "
					+ "database or user, and the stored password is only ever sent where it was entered: send the "
					+ "password again with this change.");
		}
		String password = keepsPassword ? cipher.decrypt(current.secret(), workspace, id) : definition.password();
		ConnectionSpec spec = definition.toSpec(password);
		guard.check(workspace, spec);
		String secret = keepsPassword ? current.secret() : cipher.encrypt(definition.password(), workspace, id);
		StoredSource changed = new StoredSource(id, workspace, definition.name().strip(), definition.description(),
				definition.engine(), definition.host(), definition.port(), definition.database(), definition.jdbcUrl(),
				definition.username(), secret, spec.options(), current.state(), current.lastError(),
				current.healthStatus(), current.healthLatency(), current.healthCheckedAt(), current.discoveredAt(),
				current.version(), current.createdAt(), Instant.now());
		StoredSource stored = repository.update(changed).orElseThrow(() -> changedMeanwhile(current));
		AuditDetail.record("redefined: " + changes.describe());
		return stored.view();
	}

	public DataSourceView get(WorkspaceId workspace, DataSourceId id) {
		return repository.get(workspace, id).view();
	}

	public PageResult<DataSourceView> list(WorkspaceId workspace, DataSourceState state, Engine engine, String name,
			PageQuery page) {
		return repository.list(workspace, state, engine, name, page).map(StoredSource::view);
	}

	/** Archives the source: no more health checks, discovery or classification until restored. */
	@Transactional
	public DataSourceView archive(WorkspaceId workspace, DataSourceId id) {
		return move(workspace, id, DataSourceState.ARCHIVED);
	}

	@Transactional
	public DataSourceView restore(WorkspaceId workspace, DataSourceId id) {
		return move(workspace, id, DataSourceState.REGISTERED);
	}

	/** Tests a definition before it is saved; nothing is stored. */
	public ConnectionCheck test(WorkspaceId workspace, SourceDefinition definition) {
		ConnectionSpec spec = definition.toSpec(definition.password());
		guard.check(workspace, spec);
		return tester.test(workspace, spec);
	}

	/** Tests the stored source, records the result as a health check and updates its state. */
	@Transactional
	public ConnectionCheck test(WorkspaceId workspace, DataSourceId id) {
		StoredSource source = repository.get(workspace, id);
		if (source.state() == DataSourceState.ARCHIVED) {
			throw Problem.conflict("The data source is archived: restore it before testing it.");
		}
		ConnectionCheck check = tester.test(workspace, spec(source));
		record(source, check);
		return check;
	}

	/** Reads the source's schemas and synchronises them into the catalog; 409 while it is being classified. */
	public DiscoveryReport discover(WorkspaceId workspace, DataSourceId id) {
		StoredSource source = repository.get(workspace, id);
		return discovery.run(source, spec(source));
	}

	public PageResult<HealthCheck> healthChecks(WorkspaceId workspace, DataSourceId id, PageQuery page) {
		repository.get(workspace, id);
		return repository.healthChecks(workspace, id, page);
	}

	/** Records a connection check: health history always; state where connectivity decides it. */
	public void record(StoredSource source, ConnectionCheck check) {
		repository.recordHealth(source, check.ok() ? "HEALTHY" : check.errorCode().name(), check.latencyMillis(),
				check.message(), Instant.now());
		DataSourceState from = source.state();
		DataSourceState to = switch (from) {
			case REGISTERED, CONNECTED, FAILED -> check.ok() ? DataSourceState.CONNECTED : DataSourceState.FAILED;
			case CATALOGED -> check.ok() ? DataSourceState.MONITORING : from;
			default -> from;
		};
		if (to != from || from == DataSourceState.FAILED || from == DataSourceState.CONNECTED) {
			repository.transition(source, from, to, check.ok() ? null : check.message(), null);
		}
	}

	/**
	 * Claims the source for a classification run, until the claim is closed: archive, redefinition
	 * and discovery are refused meanwhile (409), and so is a second classification. A claim left
	 * behind by a crashed process stops holding once it is {@link DataSourceRepository#STALE_CLAIM} old.
	 */
	public ClassificationClaim claimForClassification(WorkspaceId workspace, DataSourceId id) {
		StoredSource source = repository.get(workspace, id);
		if (source.state() == DataSourceState.ARCHIVED) {
			throw Problem.conflict("The data source is archived: restore it before classifying it.");
		}
		UUID token = UUID.randomUUID();
		if (!repository.claimForClassification(workspace, id, token)) {
			StoredSource now = repository.get(workspace, id);
			throw Problem.conflict(now.state() == DataSourceState.ARCHIVED
					? "The data source is archived: restore it before classifying it."
					: repository.isBeingClassified(workspace, id) || now.state() == DataSourceState.CLASSIFYING
							? Discovery.BEING_CLASSIFIED
							: "A discovery of this data source is running; classify it when the discovery has finished.");
		}
		return new ClassificationClaim(repository, workspace, id, token);
	}

	/**
	 * Moves a source on after a classification (the scan run that classified it calls this once the
	 * claim is closed): {@code CLASSIFYING → CLASSIFIED} when its labels are stored, {@code CLASSIFYING}
	 * or {@code CLASSIFIED → CATALOGED} when the run ends. Only from {@code from} and only while no
	 * classification holds the source, so another run's state is never touched; false when the source
	 * is elsewhere (archived meanwhile, or not moved by that run).
	 */
	public boolean advanceClassification(WorkspaceId workspace, DataSourceId id, DataSourceState from,
			DataSourceState to) {
		if (from != DataSourceState.CLASSIFYING && from != DataSourceState.CLASSIFIED) {
			throw new IllegalArgumentException("only a classifying or classified source moves on this way, not " + from);
		}
		return repository.transitionUnclaimed(repository.get(workspace, id), from, to);
	}

	/**
	 * Reads up to {@code limit} rows of the requested columns of each table, one statement per
	 * table over one connection. The values are returned in memory only, never stored or logged.
	 * The claim is confirmed before each table, so nothing more is read from a source archived
	 * meanwhile. An unreachable source is a 409 problem naming the cause.
	 */
	public List<TableSample> sample(ClassificationClaim claim, List<TableSample.Request> tables, int limit) {
		claim.confirm();
		StoredSource source = repository.get(claim.workspace(), claim.source());
		List<TableSample> samples = new ArrayList<>(tables.size());
		try (Connection connection = connections.open(claim.workspace(), spec(source))) {
			for (TableSample.Request table : tables) {
				claim.confirm();
				samples.add(TableSampler.sample(connection, source.engine(), table, limit));
			}
		}
		catch (SQLException e) {
			throw Problem.conflict("Sampling the data source failed (SQL state " + e.getSQLState()
					+ "); test its connection and check that the catalog is current.");
		}
		return samples;
	}

	/** The connection spec of a stored source, with its password unsealed (kept in memory only). */
	public ConnectionSpec spec(StoredSource source) {
		return new ConnectionSpec(source.engine(), source.host(), source.port(), source.database(), source.jdbcUrl(),
				source.username(), cipher.decrypt(source.secret(), source.workspaceId(), source.id()), source.options());
	}

	private DataSourceView move(WorkspaceId workspace, DataSourceId id, DataSourceState to) {
		StoredSource source = repository.get(workspace, id);
		if (repository.isBeingClassified(workspace, id)) {
			throw Problem.conflict(Discovery.BEING_CLASSIFIED);
		}
		if (!repository.transitionUnclaimed(source, source.state(), to)) {
			throw changedMeanwhile(source);
		}
		AuditDetail.record((to == DataSourceState.ARCHIVED ? "archived" : "restored") + ": state " + source.state()
				+ " → " + to);
		return repository.get(workspace, id).view();
	}

	/** Why a guarded write found the row changed: another version, a classification run, or another state. */
	private Problem changedMeanwhile(StoredSource read) {
		StoredSource now = repository.get(read.workspaceId(), read.id());
		if (now.version() != read.version()) {
			return Problem.versionConflict("data source", read.version(), now.version());
		}
		if (repository.isBeingClassified(read.workspaceId(), read.id())) {
			return Problem.conflict(Discovery.BEING_CLASSIFIED);
		}
		return Problem.conflict("The data source changed state meanwhile; reload it and retry.");
	}
}
