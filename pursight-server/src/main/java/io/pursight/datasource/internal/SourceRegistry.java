package io.pursight.datasource.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import io.pursight.access.AuditDetail;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.SourceReader;
import io.pursight.datasource.ConnectionCheck;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.DiscoveryReport;
import io.pursight.datasource.Engine;
import io.pursight.datasource.ExactProfile;
import io.pursight.datasource.HealthCheckView;
import io.pursight.datasource.SourceDefinition;
import io.pursight.datasource.TableSample;
import io.pursight.datasource.internal.jdbc.ConnectionTester;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's registry of data sources: the module's implementation of {@link DataSources}. It loads the
 * {@link DataSource} aggregate, lets it decide each step of the lifecycle, and writes the step guarded by what
 * it read (version, state, classification claim), so that a concurrent change is a 409, not a lost update.
 * Passwords are sealed here on the way in and unsealed only to open a connection.
 */
@Service
class SourceRegistry implements DataSources {

	private final DataSourceRepository repository;
	private final CredentialCipher cipher;
	private final SourceGuard guard;
	private final ConnectionTester tester;
	private final ConnectionChecks checks;
	private final Discovery discovery;
	private final SourceSampler sampler;
	private final SourceProfiler profiler;

	SourceRegistry(DataSourceRepository repository, CredentialCipher cipher, SourceGuard guard, ConnectionTester tester,
			ConnectionChecks checks, Discovery discovery, SourceSampler sampler, SourceProfiler profiler) {
		this.repository = repository;
		this.cipher = cipher;
		this.guard = guard;
		this.tester = tester;
		this.checks = checks;
		this.discovery = discovery;
		this.sampler = sampler;
		this.profiler = profiler;
	}

	@Override
	@Transactional
	public DataSourceView register(WorkspaceId workspace, SourceDefinition definition) {
		ConnectionSpec spec = definition.toSpec(definition.password());
		guard.check(workspace, spec);
		DataSourceId id = DataSourceId.random();
		if (repository.nameTaken(workspace, definition.name(), id)) {
			throw Problem.conflict("A data source named '" + definition.name() + "' already exists in this workspace.");
		}
		DataSource source = DataSource.register(id, workspace, DataSource.Definition.of(definition, spec),
				cipher.encrypt(definition.password(), workspace, id), Instant.now());
		repository.insert(source);
		AuditDetail.record("registered: " + DefinitionChanges.describe(spec.target(), definition.username())
				+ (definition.password() != null ? ", password set" : ""));
		return repository.get(workspace, id).view();
	}

	@Override
	@Transactional
	public DataSourceView redefine(WorkspaceId workspace, DataSourceId id, long expectedVersion,
			SourceDefinition definition) {
		DataSource current = repository.get(workspace, id);
		if (current.version() != expectedVersion) {
			throw Problem.versionConflict("data source", expectedVersion, current.version());
		}
		if (repository.isBeingClassified(workspace, id)) {
			throw Problem.conflict(Discovery.BEING_CLASSIFIED);
		}
		current.requireIdle("change");
		if (repository.nameTaken(workspace, definition.name(), id)) {
			throw Problem.conflict("A data source named '" + definition.name() + "' already exists in this workspace.");
		}
		ConnectionSpec.Target target = definition.toSpec(definition.password()).target();
		DefinitionChanges changes = DefinitionChanges.between(current, definition, target);
		boolean keepsPassword = definition.password() == null;
		if (keepsPassword && current.hasPassword() && changes.movesConnection()) {
			AuditDetail.record("refused, the password was not sent again: " + changes.describe());
			throw Problem.invalid("Changing " + changes.connectionFields() + " points the source at another server, "
					+ "database or user, and the stored password is only ever sent where it was entered: send the "
					+ "password again with this change.");
		}
		String password = keepsPassword ? cipher.decrypt(current.sealedPassword(), workspace, id) : definition.password();
		ConnectionSpec spec = definition.toSpec(password);
		guard.check(workspace, spec);
		String sealed = keepsPassword ? current.sealedPassword() : cipher.encrypt(definition.password(), workspace, id);
		DataSource changed = current.redefine(DataSource.Definition.of(definition, spec), sealed, Instant.now());
		DataSource stored = repository.update(changed).orElseThrow(() -> changedMeanwhile(current));
		AuditDetail.record("redefined: " + changes.describe());
		return stored.view();
	}

	@Override
	public DataSourceView get(WorkspaceId workspace, DataSourceId id) {
		return repository.get(workspace, id).view();
	}

	@Override
	public PageResult<DataSourceView> list(WorkspaceId workspace, DataSourceState state, Engine engine, String name,
			PageQuery page) {
		return repository.list(workspace, state, engine, name, page).map(DataSource::view);
	}

	@Override
	@Transactional
	public DataSourceView archive(WorkspaceId workspace, DataSourceId id) {
		return move(workspace, id, DataSource::archive, "archived");
	}

	@Override
	@Transactional
	public DataSourceView restore(WorkspaceId workspace, DataSourceId id) {
		return move(workspace, id, DataSource::restore, "restored");
	}

	@Override
	public ConnectionCheck test(WorkspaceId workspace, SourceDefinition definition) {
		ConnectionSpec spec = definition.toSpec(definition.password());
		guard.check(workspace, spec);
		return tester.test(workspace, spec);
	}

	@Override
	@Transactional
	public ConnectionCheck test(WorkspaceId workspace, DataSourceId id) {
		DataSource source = repository.get(workspace, id);
		source.requireActive("testing");
		ConnectionCheck check = checks.test(source);
		checks.record(source, check);
		return check;
	}

	@Override
	public DiscoveryReport discover(WorkspaceId workspace, DataSourceId id, UUID changeSet) {
		return discovery.run(repository.get(workspace, id), changeSet);
	}

	@Override
	public PageResult<HealthCheckView> healthChecks(WorkspaceId workspace, DataSourceId id, PageQuery page) {
		repository.get(workspace, id);
		return repository.healthChecks(workspace, id, page);
	}

	@Override
	public ClassificationClaim claimForClassification(WorkspaceId workspace, DataSourceId id) {
		return claimForClassification(workspace, id, UUID.randomUUID());
	}

	@Override
	public ClassificationClaim claimForClassification(WorkspaceId workspace, DataSourceId id, UUID token) {
		repository.get(workspace, id).requireActive("classifying");
		if (repository.renewClassificationClaim(workspace, id, token)) {
			return new StoredClaim(repository, workspace, id, token);
		}
		if (!repository.claimForClassification(workspace, id, token)) {
			repository.get(workspace, id).requireActive("classifying");
			boolean classifying = repository.isBeingClassified(workspace, id)
					|| repository.get(workspace, id).state() == DataSourceState.CLASSIFYING;
			throw Problem.conflict(classifying ? Discovery.BEING_CLASSIFIED
					: "A discovery of this data source is running; classify it when the discovery has finished.");
		}
		return new StoredClaim(repository, workspace, id, token);
	}

	@Override
	public void releaseClassification(WorkspaceId workspace, DataSourceId id, UUID holder) {
		repository.releaseClassificationClaim(workspace, id, holder);
	}

	@Override
	public SourceReader reader(ClassificationClaim claim) {
		if (!(claim instanceof StoredClaim)) {
			// Only a claim held in the source's row keeps archive and discovery away while the rows are read.
			throw new IllegalArgumentException("Read a source only under a claim from claimForClassification.");
		}
		claim.confirm();
		DataSource source = repository.get(claim.workspace(), claim.source());
		return sampler.open(claim, source, source.connectionSpec(cipher));
	}

	@Override
	public List<TableSample> sample(ClassificationClaim claim, List<TableSample.Request> tables, int limit) {
		if (!(claim instanceof StoredClaim)) {
			// Only a claim held in the source's row keeps archive and discovery away while the rows are read.
			throw new IllegalArgumentException("Sample a source only under a claim from claimForClassification.");
		}
		claim.confirm();
		DataSource source = repository.get(claim.workspace(), claim.source());
		return sampler.sample(claim, source, source.connectionSpec(cipher), tables, limit);
	}

	@Override
	public ExactProfile exactProfile(ClassificationClaim claim, TableSample.Request table) {
		DataSource source = claimed(claim);
		return profiler.exactProfile(claim, source, source.connectionSpec(cipher), table);
	}

	@Override
	public List<Long> sizes(ClassificationClaim claim, List<TableSample.Request> tables) {
		DataSource source = claimed(claim);
		return profiler.sizes(claim, source, source.connectionSpec(cipher), tables);
	}

	/** The claimed source, once the claim is confirmed; only a claim held in the source's row will do. */
	private DataSource claimed(ClassificationClaim claim) {
		if (!(claim instanceof StoredClaim)) {
			throw new IllegalArgumentException("Read a source only under a claim from claimForClassification.");
		}
		claim.confirm();
		return repository.get(claim.workspace(), claim.source());
	}

	@Override
	@Transactional
	public boolean advanceClassification(WorkspaceId workspace, DataSourceId id, DataSourceState from,
			DataSourceState to) {
		if (from != DataSourceState.CLASSIFYING && from != DataSourceState.CLASSIFIED) {
			throw new IllegalArgumentException("only a classifying or classified source moves on this way, not " + from);
		}
		DataSource source = repository.get(workspace, id);
		return source.state() == from
				&& repository.moveUnclaimed(source, source.classificationAdvanced(to, Instant.now()));
	}

	/** Archive or restore: the aggregate decides, the write happens only while no classification holds the source. */
	private DataSourceView move(WorkspaceId workspace, DataSourceId id, BiFunction<DataSource, Instant, DataSource> step,
			String done) {
		DataSource source = repository.get(workspace, id);
		if (repository.isBeingClassified(workspace, id)) {
			throw Problem.conflict(Discovery.BEING_CLASSIFIED);
		}
		DataSource moved = step.apply(source, Instant.now());
		if (!repository.moveUnclaimed(source, moved)) {
			throw changedMeanwhile(source);
		}
		AuditDetail.record(done + ": state " + source.state() + " → " + moved.state());
		return repository.get(workspace, id).view();
	}

	/** Why a guarded write found the row changed: another version, a classification run, or another state. */
	private Problem changedMeanwhile(DataSource read) {
		DataSource now = repository.get(read.workspaceId(), read.id());
		if (now.version() != read.version()) {
			return Problem.versionConflict("data source", read.version(), now.version());
		}
		if (repository.isBeingClassified(read.workspaceId(), read.id())) {
			return Problem.conflict(Discovery.BEING_CLASSIFIED);
		}
		return Problem.conflict("The data source changed state meanwhile; reload it and retry.");
	}
}
