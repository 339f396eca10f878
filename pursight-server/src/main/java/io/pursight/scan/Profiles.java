package io.pursight.scan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;
import io.pursight.scan.profile.ProfileRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest profile of each profiled table and column. A scan stores a table's profile in the transaction
 * that writes the rest of that table's results; reads are scoped by workspace (another workspace's profile is
 * not found). A column classified sensitive keeps no value of the data: the scan profiles it so
 * ({@link io.pursight.scan.profile.ColumnProfiler}), and a column found sensitive later loses the values of its
 * stored profile ({@link ProfileRedaction}).
 */
@Service
public class Profiles {

	private final ProfileRepository repository;

	Profiles(ProfileRepository repository) {
		this.repository = repository;
	}

	/**
	 * Replaces the table's latest profile and its columns' with these, in the caller's transaction (one is
	 * started when there is none). Columns of the table's previous profile that are not in {@code columns} lose
	 * theirs, so a table's profile is always the figures of one read.
	 *
	 * @param runId   the scan run that profiled the table; may be null
	 * @param columns the columns' profiles by column asset id; may be empty, never null
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void store(WorkspaceId workspace, DataSourceId source, UUID runId, AssetId table, TableProfile profile,
			Map<AssetId, ColumnProfile> columns) {
		Objects.requireNonNull(workspace, "workspace");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(profile, "profile");
		repository.replace(workspace, source, runId, table, profile, Map.copyOf(columns));
	}

	/** The table's latest profile with its columns', or empty when it was never profiled (or is another workspace's). */
	public Optional<ProfiledTable> forTable(WorkspaceId workspace, AssetId table) {
		return repository.table(workspace, table);
	}

	/** The column's latest profile, or empty when it was never profiled (or is another workspace's). */
	public Optional<ColumnProfile> forColumn(WorkspaceId workspace, AssetId column) {
		return repository.column(workspace, column);
	}
}
