package io.pursight.classification;

import java.util.Arrays;
import java.util.List;

import io.pursight.classification.internal.Labels;
import io.pursight.classification.internal.Samples;
import io.pursight.classifier.Sensitivity;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.Identifier;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labels of a workspace's columns, as stewards and consumers read them: the review queue,
 * the columns a type tags, one label with its evidence, and the values sampled for it. Labels of
 * columns that left the catalog are not shown. Runs ({@link ClassificationRuns}) and decisions
 * ({@link ReviewDecisions}) change them.
 */
@Service
public class Classifications {

	/** The values sampled for a label's column, which a not-found answer names by the label's id. */
	private static final Identifier.Kind SAMPLES = new Identifier.Kind("samples of classification",
			Identifier.Scope.IN_WORKSPACE);

	private final Labels labels;
	private final Samples samples;
	private final JsonMapper json;

	Classifications(Labels labels, Samples samples, JsonMapper json) {
		this.labels = labels;
		this.samples = samples;
		this.json = json;
	}

	public PageResult<ClassificationView> list(WorkspaceId workspace, ClassificationStatus status, String typeId,
			DataSourceId source, AssetId column, PageQuery page) {
		return labels.page(workspace, status == null ? null : List.of(status), blankToNull(typeId), source, column, null,
				page);
	}

	/** Labels that tag columns (applied or approved), of a type and at least a sensitivity. */
	public PageResult<ClassificationView> classifiedColumns(WorkspaceId workspace, String typeId,
			Sensitivity minSensitivity, DataSourceId source, PageQuery page) {
		List<Sensitivity> levels = minSensitivity == null ? null
				: Arrays.stream(Sensitivity.values()).filter(s -> s.isAtLeast(minSensitivity)).toList();
		return labels.page(workspace, List.of(ClassificationStatus.APPLIED, ClassificationStatus.APPROVED),
				blankToNull(typeId), source, null, levels, page);
	}

	public ClassificationView get(WorkspaceId workspace, ClassificationId id) {
		return labels.find(workspace, id).orElseThrow(() -> Problem.notFound(id)).view();
	}

	/**
	 * The sampled values stored for the column of a label; 404 when the workspace keeps none for
	 * it (sample storage off, or not scanned since it was turned on).
	 */
	public StoredSamples samples(WorkspaceId workspace, ClassificationId id) {
		ClassificationView view = get(workspace, id);
		Samples.Stored stored = samples.find(workspace, view.column().columnAssetId())
				.orElseThrow(() -> Problem.notFound(SAMPLES, id));
		List<String> values = List.of(json.readValue(stored.valuesJson(), String[].class));
		return new StoredSamples(stored.columnAssetId(), values, stored.capturedAt());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
