package io.pursight.classification;

import java.time.Instant;
import java.util.Collection;

import io.pursight.classification.internal.SensitivityRollUps;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSources;
import org.springframework.stereotype.Service;

/**
 * The sensitivity roll-up: the highest sensitivity of the labels that tag each column, table,
 * schema and source. Whoever changes labels recomputes it once for each source they touched,
 * in their own transaction, after the last change.
 */
@Service
public class SensitivityRollUp {

	private final SensitivityRollUps rollUps;
	private final DataSources sources;

	SensitivityRollUp(SensitivityRollUps rollUps, DataSources sources) {
		this.rollUps = rollUps;
		this.sources = sources;
	}

	/**
	 * The roll-up of one source, at one level or all.
	 *
	 * @param level COLUMN, TABLE, SCHEMA or SOURCE, or null for every level
	 */
	public PageResult<SensitivityLevel> levels(WorkspaceId workspace, DataSourceId source, String level,
			PageQuery page) {
		if (source == null) {
			throw Problem.invalid("sourceId is required.");
		}
		sources.get(workspace, source);
		return rollUps.page(workspace, source, RollUpLevel.parse(level), page);
	}

	/** Recomputes the roll-up of each source, once; call it after the labels changed, in the same transaction. */
	void recompute(WorkspaceId workspace, Collection<DataSourceId> touched, Instant now) {
		touched.stream().distinct()
				.forEach(source -> rollUps.recompute(workspace, source, sources.get(workspace, source).name(), now));
	}

	void recompute(WorkspaceId workspace, DataSourceId source, String sourceName, Instant now) {
		rollUps.recompute(workspace, source, sourceName, now);
	}
}
