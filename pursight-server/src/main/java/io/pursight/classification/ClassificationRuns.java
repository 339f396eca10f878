package io.pursight.classification;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import io.pursight.classification.internal.Labels;
import io.pursight.classification.internal.Weights;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnClassifier;
import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.WeightAdjustment;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.DataSources;
import org.springframework.stereotype.Service;

/**
 * Classification as a scan uses it, table by table: {@link #classifier} builds the workspace's classifier once
 * per worker, it classifies each table from the sample the scan read (this module never opens a source),
 * {@link #store} reconciles one table's results with the stored labels inside the scan's transaction for that
 * table ({@link LabelReconciler}, publishing {@link ColumnClassified} / {@link ClassificationRemoved}), and
 * {@link #rollUp} recomputes the source's sensitivity once the scan has stored every table.
 */
@Service
public class ClassificationRuns {

	private static final Set<ClassificationStatus> SENSITIVE = Set.of(ClassificationStatus.APPLIED,
			ClassificationStatus.APPROVED, ClassificationStatus.PENDING_REVIEW);

	private final DataSources sources;
	private final ClassificationRules rules;
	private final Weights weights;
	private final LabelReconciler reconciler;
	private final Labels labels;
	private final SensitivityRollUp rollUp;

	ClassificationRuns(DataSources sources, ClassificationRules rules, Weights weights, LabelReconciler reconciler,
			Labels labels, SensitivityRollUp rollUp) {
		this.sources = sources;
		this.rules = rules;
		this.weights = weights;
		this.reconciler = reconciler;
		this.labels = labels;
		this.rollUp = rollUp;
	}

	/**
	 * The workspace's classifier as a scan asks for it: its thresholds and learned weights, only the built-in
	 * types in {@code types} (all when empty; 400 for an unknown id), and its enabled custom rules when
	 * {@code customRules}.
	 */
	public TableClassifier classifier(WorkspaceId workspace, Set<String> types, boolean customRules) {
		for (String type : types) {
			if (SensitiveType.byId(type).isEmpty()) {
				throw Problem.invalid("Unknown classification type '" + type + "'.");
			}
		}
		ClassifierConfig.Builder b = config(workspace, customRules);
		if (!types.isEmpty()) {
			for (SensitiveType type : SensitiveType.values()) {
				if (!types.contains(type.id())) {
					b.disable(type);
				}
			}
		}
		return new TableClassifier(ColumnClassifier.create(b.build()), rules.settings(workspace).storeSamples(), types);
	}

	/** Rows a scan samples per table when it does not say: the workspace's setting. */
	public int sampleSize(WorkspaceId workspace) {
		return rules.settings(workspace).sampleSize();
	}

	/**
	 * Reconciles one table's results with its stored labels; must run inside the caller's transaction, which
	 * also carries the events. Labels of types outside the classifier's types are left alone. The source's
	 * roll-up is not recomputed here: call {@link #rollUp} once the scan has stored its tables.
	 */
	public TableLabels store(WorkspaceId workspace, DataSourceView source, TableClassification classified) {
		LabelReconciler.Counts counts = reconciler.reconcile(workspace, source, classified.results(),
				classified::inScope);
		return new TableLabels(counts.applied(), counts.pending(), counts.withdrawn(),
				sensitive(workspace, classified.results().stream().map(r -> r.column().id()).toList()));
	}

	/**
	 * Those of the columns that carry a label applied, approved or waiting for review: no value of theirs may be
	 * kept anywhere else (profiles, previews).
	 */
	public Set<AssetId> sensitive(WorkspaceId workspace, Collection<AssetId> columns) {
		Set<AssetId> sensitive = new HashSet<>();
		labels.forColumns(workspace, columns).values().forEach(stored -> {
			if (SENSITIVE.contains(stored.view().status())) {
				sensitive.add(stored.key().column());
			}
		});
		return sensitive;
	}

	/** Recomputes the sensitivity of the source's tables, schemas and the source itself from its column labels. */
	public void rollUp(WorkspaceId workspace, DataSourceId sourceId) {
		DataSourceView source = sources.get(workspace, sourceId);
		rollUp.recompute(workspace, source.id(), source.name(), Instant.now());
	}

	/** The classifier configuration of a workspace: its thresholds, learned weights and enabled custom rules. */
	private ClassifierConfig.Builder config(WorkspaceId workspace, boolean customRules) {
		WorkspaceClassificationSettings settings = rules.settings(workspace);
		ClassifierConfig.Builder b = ClassifierConfig.builder();
		if (settings.defaults() != null) {
			b.defaultThresholds(ClassificationRules.thresholds("defaults", settings.defaults()));
		}
		settings.typeThresholds().forEach((type, levels) -> b.thresholds(type, ClassificationRules.thresholds(type, levels)));
		for (LearnedWeight w : weights.all(workspace)) {
			switch (w.kind()) {
				case RULE -> b.adjustRule(w.subjectId(), WeightAdjustment.offset(w.offset()));
				case TYPE -> b.adjustType(w.subjectId(), WeightAdjustment.offset(w.offset()));
			}
		}
		if (customRules) {
			b.customRules(rules.compiledRules(workspace));
		}
		return b;
	}
}
